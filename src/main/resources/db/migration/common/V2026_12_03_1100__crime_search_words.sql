-- Crime search: each crime is filed under the words of its number, place, LSOA, victim and offence (crime.CrimeWords), so a
-- search is an equality lookup, which PostgreSQL can answer from an index under row-level security
-- (decision 0006: LIKE, trigram and full-text operators are not leakproof, so they would scan the force).
CREATE TABLE crime_word (
    force_id TEXT NOT NULL, -- no foreign keys: a derived index of crime, written a million rows at a time
    word     TEXT NOT NULL,
    month    DATE NOT NULL,
    crime_id UUID NOT NULL,
    PRIMARY KEY (force_id, word, month, crime_id)
);
ALTER TABLE crime_word ENABLE ROW LEVEL SECURITY;
CREATE POLICY crime_word_force_isolation ON crime_word USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, DELETE ON crime_word TO ${application_role};
