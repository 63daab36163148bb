package org.invicta.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * Optimistic locking over HTTP: a record's version is its ETag ({@code "3"}); a change must send it
 * back in If-Match, and is refused with 409 if the record has moved on.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    public static int versionFrom(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank())
            throw new PreconditionRequired("send the record's ETag in If-Match, so that a concurrent change is not overwritten");
        var value = ifMatch.trim();
        if (value.startsWith("W/")) value = value.substring(2);
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new PreconditionRequired("If-Match must be an ETag this API sent, like \"3\": " + ifMatch);
        }
    }
}
