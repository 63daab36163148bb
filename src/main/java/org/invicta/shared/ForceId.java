package org.invicta.shared;

import java.util.regex.Pattern;

/** A police force, named as police.uk names it: {@code kent}, {@code essex}, {@code avon-and-somerset}. */
public record ForceId(String value) {
    private static final Pattern SLUG = Pattern.compile("[a-z]+(-[a-z]+)*");

    public ForceId {
        if (value == null || !SLUG.matcher(value).matches())
            throw new IllegalArgumentException("force id must be a police.uk slug like 'kent': " + value);
    }

    public static ForceId of(String value) {
        return new ForceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
