-- The registrar's crime data integrity audit: a seeded random sample of incidents over a period, each
-- marked by an auditor, kept with what the incident was at sampling so it can be inspected again.
ALTER TABLE incident ADD COLUMN district TEXT NOT NULL DEFAULT '';

CREATE TABLE crime_audit (
    force_id    TEXT        NOT NULL REFERENCES force,
    audit_id    UUID        NOT NULL,
    period_from DATE        NOT NULL,
    period_to   DATE        NOT NULL,
    seed        BIGINT      NOT NULL,
    sample_size INT         NOT NULL,
    created_by  UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (force_id, audit_id)
);

CREATE TABLE crime_audit_item (
    force_id        TEXT        NOT NULL REFERENCES force,
    audit_id        UUID        NOT NULL,
    item            INT         NOT NULL,
    incident_id     UUID        NOT NULL,
    incident_number TEXT        NOT NULL,
    incident_type   TEXT        NOT NULL,
    district        TEXT        NOT NULL,
    reported_at     TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL,
    crimes          TEXT        NOT NULL,
    verdict         TEXT CHECK (verdict IN ('CORRECTLY_RECORDED', 'SHOULD_HAVE_BEEN_RECORDED', 'CORRECTLY_NOT_RECORDED')),
    note            TEXT        NOT NULL DEFAULT '',
    marked_by       UUID,
    marked_at       TIMESTAMPTZ,
    PRIMARY KEY (force_id, audit_id, item),
    FOREIGN KEY (force_id, audit_id) REFERENCES crime_audit
);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['crime_audit', 'crime_audit_item'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (force_id = current_setting(''invicta.force_id'', true))',
                       t || '_force_isolation', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT ON crime_audit TO ${application_role};
GRANT SELECT, INSERT, UPDATE ON crime_audit_item TO ${application_role};

INSERT INTO privilege (privilege_code, description) VALUES
    ('crime:audit', 'Audit crime recording: sample incidents and mark whether crimes were correctly recorded');
INSERT INTO role_privilege (role_code, privilege_code) VALUES ('CRIME_REGISTRAR', 'crime:audit');
