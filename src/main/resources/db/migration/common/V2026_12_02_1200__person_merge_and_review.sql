-- Merging never copies or deletes: the merged record stays as it was and points at the record it was
-- merged into, so an unmerge restores both exactly. Each merge is kept with who, when, why and the score.
ALTER TABLE person ADD COLUMN merged_into UUID;

CREATE TABLE person_merge (
    force_id          TEXT        NOT NULL,
    merge_id          UUID        NOT NULL,
    survivor_id       UUID        NOT NULL,
    merged_id         UUID        NOT NULL,
    reason            TEXT        NOT NULL,
    match_probability NUMERIC,
    merged_at         TIMESTAMPTZ NOT NULL,
    merged_by         UUID,
    unmerged_at       TIMESTAMPTZ,
    unmerged_by       UUID,
    unmerge_reason    TEXT,
    PRIMARY KEY (force_id, merge_id),
    FOREIGN KEY (force_id, survivor_id) REFERENCES person,
    FOREIGN KEY (force_id, merged_id) REFERENCES person
);
CREATE INDEX person_merge_of_survivor ON person_merge (force_id, survivor_id);
CREATE INDEX person_merge_of_merged ON person_merge (force_id, merged_id);
CREATE INDEX person_merged_into ON person (force_id, merged_into);

-- A person's part in something recorded elsewhere (an incident, a crime, a stop): held against the
-- record it was made to, so it goes back with that record if a merge is undone.
CREATE TABLE person_link (
    force_id     TEXT        NOT NULL,
    link_id      UUID        NOT NULL,
    person_id    UUID        NOT NULL,
    subject_type TEXT        NOT NULL,
    subject_id   TEXT        NOT NULL,
    role         TEXT        NOT NULL,
    linked_at    TIMESTAMPTZ NOT NULL,
    linked_by    UUID,
    PRIMARY KEY (force_id, link_id),
    FOREIGN KEY (force_id, person_id) REFERENCES person
);
CREATE INDEX person_link_of_person ON person_link (force_id, person_id);

-- Pairs that may be one person, waiting for a reviewer: from entries made despite a strong match and
-- from scans of the force's records. Each pair is held once, in a fixed order (person_a < person_b).
CREATE TABLE person_review_pair (
    force_id    TEXT        NOT NULL,
    person_a    UUID        NOT NULL,
    person_b    UUID        NOT NULL,
    probability NUMERIC     NOT NULL,
    source      TEXT        NOT NULL,
    found_at    TIMESTAMPTZ NOT NULL,
    decision    TEXT CHECK (decision IN ('MERGED', 'NOT_THE_SAME')),
    decided_at  TIMESTAMPTZ,
    decided_by  UUID,
    PRIMARY KEY (force_id, person_a, person_b),
    FOREIGN KEY (force_id, person_a) REFERENCES person,
    FOREIGN KEY (force_id, person_b) REFERENCES person
);
CREATE INDEX person_review_pair_open ON person_review_pair (force_id, decision, probability);

ALTER TABLE person_merge ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_merge_force_isolation ON person_merge USING (force_id = current_setting('invicta.force_id', true));
ALTER TABLE person_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_link_force_isolation ON person_link USING (force_id = current_setting('invicta.force_id', true));
ALTER TABLE person_review_pair ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_review_pair_force_isolation ON person_review_pair
    USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, UPDATE ON person_merge TO ${application_role};
GRANT SELECT, INSERT ON person_link TO ${application_role};
GRANT SELECT, INSERT, UPDATE ON person_review_pair TO ${application_role};

INSERT INTO privilege (privilege_code, description) VALUES
    ('person:merge', 'Review possible duplicates, merge people and undo merges');
INSERT INTO role_privilege (role_code, privilege_code) VALUES ('SUPERVISOR', 'person:merge');
