-- Crime search: each crime is filed under the words of its number, place, LSOA, victim and offence, so a
-- search is an equality lookup, which PostgreSQL can answer from an index under row-level security
-- (decision 0006: LIKE, trigram and full-text operators are not leakproof, so they would scan the force).
CREATE TABLE crime_word (
    force_id TEXT NOT NULL REFERENCES force,
    word     TEXT NOT NULL,
    month    DATE NOT NULL,
    crime_id UUID NOT NULL,
    PRIMARY KEY (force_id, word, month, crime_id)
);
ALTER TABLE crime_word ENABLE ROW LEVEL SECURITY;
CREATE POLICY crime_word_force_isolation ON crime_word USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, DELETE ON crime_word TO ${application_role};

-- The words of a crime: lower case, split on anything but letters and digits, without the "on or near"
-- of police.uk's anonymised places and without one-letter words.
CREATE FUNCTION crime_words(number TEXT, place TEXT, lsoa TEXT, victim TEXT, offence TEXT) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT lower(number)
    UNION
    SELECT w FROM regexp_split_to_table(lower(regexp_replace(place, '^On or near ', '', 'i') || ' ' || lsoa || ' ' || victim || ' '
                                              || offence), '[^a-z0-9]+') AS w
     WHERE length(w) > 1 AND w NOT IN ('on', 'or', 'near', 'of', 'the', 'and')
$$;
