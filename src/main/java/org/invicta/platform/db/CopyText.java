package org.invicta.platform.db;

import org.jspecify.annotations.Nullable;

/** Values in PostgreSQL's COPY text format: null as \N, and backslash, tab and line breaks escaped. */
public final class CopyText {

    private CopyText() {
    }

    public static StringBuilder value(StringBuilder text, @Nullable Object value) {
        if (value == null) return text.append("\\N");
        var s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            var c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }
}
