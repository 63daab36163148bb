-- The names a person is found by, with the keys the matcher computes for them (Double Metaphone codes,
-- the given name's variant family): search and the entry check look these up first, then rank what
-- they find. Derived from the person record; rewritten whenever it changes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE person_name (
    force_id                TEXT     NOT NULL,
    person_id               UUID     NOT NULL,
    name_no                 SMALLINT NOT NULL,
    given                   TEXT     NOT NULL,
    surname                 TEXT     NOT NULL,
    given_sound             TEXT     NOT NULL,
    surname_sound           TEXT     NOT NULL,
    surname_sound_alternate TEXT     NOT NULL,
    given_family            INT      NOT NULL,
    given_initial           TEXT     NOT NULL,
    date_of_birth           DATE,
    PRIMARY KEY (force_id, person_id, name_no),
    FOREIGN KEY (force_id, person_id) REFERENCES person
);

CREATE INDEX person_name_by_surname_sound ON person_name (force_id, surname_sound, given_initial);
CREATE INDEX person_name_by_surname_sound_alternate ON person_name (force_id, surname_sound_alternate, given_initial);
CREATE INDEX person_name_by_given_sound ON person_name (force_id, given_sound, surname_sound);
CREATE INDEX person_name_by_surname ON person_name (force_id, surname);
CREATE INDEX person_name_by_birth ON person_name (force_id, date_of_birth);
CREATE INDEX person_name_by_given_family ON person_name (force_id, given_family, surname);
CREATE INDEX person_name_by_surname_trigrams ON person_name USING gin (surname gin_trgm_ops);

ALTER TABLE person_name ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_name_force_isolation ON person_name USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, DELETE ON person_name TO ${application_role};

-- A person created although the entry check showed a strong match: the reason given, and the people it
-- was shown, wait here for a reviewer.
CREATE TABLE person_duplicate_override (
    force_id      TEXT        NOT NULL,
    person_id     UUID        NOT NULL,
    reason        TEXT        NOT NULL,
    shown         UUID[]      NOT NULL,
    best_match    NUMERIC     NOT NULL,
    recorded_by   UUID,
    recorded_at   TIMESTAMPTZ NOT NULL,
    reviewed_at   TIMESTAMPTZ,
    PRIMARY KEY (force_id, person_id),
    FOREIGN KEY (force_id, person_id) REFERENCES person
);
ALTER TABLE person_duplicate_override ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_duplicate_override_force_isolation ON person_duplicate_override
    USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, UPDATE ON person_duplicate_override TO ${application_role};
