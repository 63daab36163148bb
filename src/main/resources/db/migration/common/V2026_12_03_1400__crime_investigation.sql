-- Investigation: allocation and screening, tasks with due dates, supervisors' reviews, and outcomes from
-- the national outcomes framework (HOCR section H), whose rules are data.

-- The outcome types. The numbers and meanings follow the framework; which outcomes need a named
-- suspect, a recorded rationale, the victim told, or a supervisor's sign-off is Invicta's default reading
-- of the framework and of force finalisation policies, for each force's registrar to confirm.
CREATE TABLE crime_outcome_type (
    outcome_code       TEXT    PRIMARY KEY,
    title              TEXT    NOT NULL,
    named_suspect      BOOLEAN NOT NULL,
    rationale          BOOLEAN NOT NULL,
    victim_told        BOOLEAN NOT NULL,
    supervisor_signs   BOOLEAN NOT NULL,
    published_as       TEXT    NOT NULL REFERENCES crime_outcome_category,
    position           INT     NOT NULL
);
GRANT SELECT ON crime_outcome_type TO ${application_role};
INSERT INTO crime_outcome_type (outcome_code, title, named_suspect, rationale, victim_told, supervisor_signs, published_as, position) VALUES
    ('1', 'Charge or summons', true, false, true, false, 'awaiting-court-result', 1),
    ('1A', 'Charge or summons for an alternative offence', true, false, true, false, 'awaiting-court-result', 2),
    ('2', 'Caution (youth)', true, false, true, true, 'cautioned', 3),
    ('3', 'Caution (adult)', true, false, true, true, 'cautioned', 4),
    ('4', 'Taken into consideration', true, false, true, false, 'sentenced-in-another-case', 5),
    ('5', 'Offender has died', true, true, true, true, 'unable-to-prosecute', 6),
    ('6', 'Penalty Notice for Disorder', true, false, true, false, 'penalty-notice-issued', 7),
    ('7', 'Cannabis or khat warning', true, false, false, false, 'drugs-possession-warning', 8),
    ('8', 'Community resolution', true, true, true, true, 'local-resolution', 9),
    ('9', 'Prosecution not in the public interest (CPS)', true, true, true, false, 'formal-action-not-in-public-interest', 10),
    ('10', 'Formal action against the offender not in the public interest (police)', true, true, true, true, 'formal-action-not-in-public-interest', 11),
    ('11', 'Prosecution prevented: named suspect below the age of criminal responsibility', true, true, true, true, 'unable-to-prosecute', 12),
    ('12', 'Prosecution prevented: named suspect too ill to prosecute', true, true, true, true, 'unable-to-prosecute', 13),
    ('13', 'Prosecution prevented: victim or key witness dead or too ill to give evidence', true, true, true, true, 'unable-to-prosecute', 14),
    ('14', 'Evidential difficulties: suspect not identified; victim does not support further action', false, true, true, true, 'unable-to-prosecute', 15),
    ('15', 'Evidential difficulties: named suspect identified; victim supports action', true, true, true, true, 'unable-to-prosecute', 16),
    ('16', 'Evidential difficulties: named suspect identified; victim does not support or has withdrawn support', true, true, true, true, 'unable-to-prosecute', 17),
    ('17', 'Prosecution time limit expired', true, true, true, true, 'unable-to-prosecute', 18),
    ('18', 'Investigation complete: no suspect identified', false, true, true, true, 'no-further-action', 19),
    ('19', 'National Fraud Intelligence Bureau filed', false, false, false, false, 'no-further-action', 20),
    ('20', 'Further action to be taken by another body or agency', false, true, true, true, 'action-taken-by-another-organisation', 21),
    ('21', 'Further investigation not in the public interest: police decision', true, true, true, true, 'further-investigation-not-in-public-interest', 22),
    ('22', 'Diversionary, educational or intervention activity; further action not in the public interest', true, true, true, true, 'further-action-not-in-public-interest', 23);

ALTER TABLE crime ADD COLUMN screening TEXT CHECK (screening IN ('SCREENED_IN', 'SCREENED_OUT'));
ALTER TABLE crime ADD COLUMN solvability TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE crime ADD COLUMN screening_rationale TEXT NOT NULL DEFAULT '';
ALTER TABLE crime ADD COLUMN outcome_type TEXT;
ALTER TABLE crime ADD COLUMN outcome_state TEXT CHECK (outcome_state IN ('AWAITING_SIGN_OFF', 'FINAL'));
ALTER TABLE crime ADD COLUMN outcome_rationale TEXT NOT NULL DEFAULT '';
ALTER TABLE crime ADD COLUMN outcome_suspect UUID;
ALTER TABLE crime ADD COLUMN outcome_victim_told BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE crime ADD COLUMN outcome_set_at TIMESTAMPTZ;
ALTER TABLE crime ADD COLUMN outcome_set_by UUID;
ALTER TABLE crime ADD COLUMN outcome_signed_by UUID;
CREATE INDEX crime_outcomes_awaiting_sign_off ON crime (force_id, outcome_set_at) WHERE outcome_state = 'AWAITING_SIGN_OFF';

CREATE TABLE crime_task (
    force_id    TEXT        NOT NULL REFERENCES force,
    crime_id    UUID        NOT NULL,
    task        INT         NOT NULL,
    description TEXT        NOT NULL,
    due_on      DATE        NOT NULL,
    assigned_to UUID        NOT NULL,
    set_by      UUID        NOT NULL,
    set_at      TIMESTAMPTZ NOT NULL,
    done_at     TIMESTAMPTZ,
    PRIMARY KEY (force_id, crime_id, task),
    FOREIGN KEY (force_id, crime_id) REFERENCES crime
);
CREATE INDEX crime_task_open_by_officer ON crime_task (force_id, assigned_to, due_on) WHERE done_at IS NULL;

CREATE TABLE crime_review (
    force_id    TEXT        NOT NULL REFERENCES force,
    crime_id    UUID        NOT NULL,
    review      INT         NOT NULL,
    reviewed_by UUID        NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL,
    note        TEXT        NOT NULL,
    PRIMARY KEY (force_id, crime_id, review),
    FOREIGN KEY (force_id, crime_id) REFERENCES crime
);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['crime_task', 'crime_review'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (force_id = current_setting(''invicta.force_id'', true))',
                       t || '_force_isolation', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON crime_task TO ${application_role};
GRANT SELECT, INSERT ON crime_review TO ${application_role};

INSERT INTO privilege (privilege_code, description) VALUES
    ('crime:supervise', 'Review investigations and sign off the outcomes that need a supervisor');
INSERT INTO role_privilege (role_code, privilege_code) VALUES ('SUPERVISOR', 'crime:supervise');
