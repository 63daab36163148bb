package org.invicta.identity.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/** Double Metaphone codes: names that sound alike (Smith, Smyth, Schmidt) share a code. */
public final class Phonetic {

    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

    private Phonetic() {
    }

    public static String primary(String name) {
        if (name.isEmpty()) return "";
        var code = ENCODER.doubleMetaphone(name);
        return code == null ? "" : code;
    }

    public static String alternate(String name) {
        if (name.isEmpty()) return "";
        var code = ENCODER.doubleMetaphone(name, true);
        return code == null ? "" : code;
    }
}
