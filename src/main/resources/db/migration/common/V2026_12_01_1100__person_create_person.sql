-- The smallest person record the platform needs to prove audit and locking; the POLE issue grows it.
-- Every version is kept: a correction never loses the value it replaced.
CREATE TABLE person (
    force_id      TEXT        NOT NULL REFERENCES force,
    person_id     UUID        NOT NULL,
    given_names   TEXT        NOT NULL,
    surname       TEXT        NOT NULL,
    date_of_birth DATE,
    sensitivity   TEXT        NOT NULL DEFAULT 'OFFICIAL' CHECK (sensitivity IN ('OFFICIAL', 'OFFICIAL_SENSITIVE', 'SECRET')),
    version       INT         NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (force_id, person_id)
);

CREATE TABLE person_version (
    force_id      TEXT        NOT NULL,
    person_id     UUID        NOT NULL,
    version       INT         NOT NULL,
    given_names   TEXT        NOT NULL,
    surname       TEXT        NOT NULL,
    date_of_birth DATE,
    sensitivity   TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    changed_by    UUID,
    PRIMARY KEY (force_id, person_id, version),
    FOREIGN KEY (force_id, person_id) REFERENCES person
);

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_force_isolation ON person USING (force_id = current_setting('invicta.force_id', true));
ALTER TABLE person_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_version_force_isolation ON person_version
    USING (force_id = current_setting('invicta.force_id', true));

GRANT SELECT, INSERT, UPDATE ON person TO ${application_role};
GRANT SELECT, INSERT ON person_version TO ${application_role};
