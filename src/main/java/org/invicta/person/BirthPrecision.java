package org.invicta.person;

/**
 * How much of a date of birth is known. The date is kept as the first day of what is not known: a
 * person born "in March 1985" is 1985-03-01 at MONTH; one who looks about 30 is the estimated year.
 */
public enum BirthPrecision {
    DAY, MONTH, YEAR, ESTIMATED_YEAR;

    public boolean exact() {
        return this == DAY;
    }
}
