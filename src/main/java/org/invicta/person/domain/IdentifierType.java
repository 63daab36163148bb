package org.invicta.person.domain;

/** The kinds of identifier held for a person, each with the name people know it by. */
public enum IdentifierType {
    PNC_ID("PNC ID", "PNC ID"),
    CRO_NUMBER("CRO number", "CRO number"),
    NHS_NUMBER("NHS number", "NHS number"),
    NATIONAL_INSURANCE_NUMBER("National Insurance number", "National Insurance number"),
    PASSPORT("Passport number", "passport number"),
    DRIVING_LICENCE("Driving licence number", "driving licence number");

    private final String label;
    private final String inSentence;

    IdentifierType(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    /** The name as a label or heading: "Passport number". */
    public String label() {
        return label;
    }

    /** The name inside a sentence, where only acronyms and proper nouns keep capitals: "passport number". */
    String inSentence() {
        return inSentence;
    }
}
