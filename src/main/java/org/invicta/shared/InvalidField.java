package org.invicta.shared;

/**
 * Input that breaks a rule, naming the field and the rule in words a user understands. Pages show it
 * in a GOV.UK error summary, the API as application/problem+json with the field; nothing is changed.
 */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String rule) {
        super(rule);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return getMessage();
    }
}
