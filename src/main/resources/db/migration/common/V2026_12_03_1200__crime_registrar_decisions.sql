-- The Force Crime Registrar's decisions on recorded crimes: reclassification, transfer, cancellation.

-- Why a recorded crime may be cancelled (HOCR section C). The national code numbers are not confirmed,
-- so the list is the force's to keep; these are the grounds the rules describe.
CREATE TABLE crime_cancellation_reason (
    reason_code TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    position    INT  NOT NULL
);
GRANT SELECT ON crime_cancellation_reason TO ${application_role};
INSERT INTO crime_cancellation_reason (reason_code, title, position) VALUES
    ('NO_CRIME_AVI', 'Additional verifiable information shows that no notifiable crime was committed', 1),
    ('DUPLICATE', 'Part of a crime already recorded (a duplicate record)', 2),
    ('RECORDED_IN_ERROR', 'Recorded as a crime in error', 3),
    ('SELF_DEFENCE', 'Additional verifiable information shows the act was in lawful self-defence', 4);

-- Every decision, kept: what the crime was before and after, why, and who decided.
CREATE TABLE crime_decision (
    force_id      TEXT        NOT NULL REFERENCES force,
    crime_id      UUID        NOT NULL,
    decision      INT         NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('RECLASSIFIED', 'TRANSFERRED', 'CANCELLED')),
    from_code     TEXT        NOT NULL DEFAULT '',
    to_code       TEXT        NOT NULL DEFAULT '',
    to_force      TEXT        NOT NULL DEFAULT '',
    reason_code   TEXT        NOT NULL DEFAULT '',
    reason        TEXT        NOT NULL,
    decided_by    UUID        NOT NULL,
    decided_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (force_id, crime_id, decision),
    FOREIGN KEY (force_id, crime_id) REFERENCES crime
);
ALTER TABLE crime_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY crime_decision_force_isolation ON crime_decision USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT ON crime_decision TO ${application_role};
ALTER TABLE crime ADD COLUMN transferred_to TEXT NOT NULL DEFAULT '';

INSERT INTO privilege (privilege_code, description) VALUES
    ('crime:decide', 'Reclassify, transfer and cancel recorded crimes (Force Crime Registrar, designated decision maker)');
INSERT INTO role_privilege (role_code, privilege_code) VALUES ('CRIME_REGISTRAR', 'crime:decide');
