-- DPA 2018 s.62(2) as amended by the DUAA 2025: logging the justification for a consultation is for
-- each force to require. No row means the default: a reason is asked for sensitive records only.
CREATE TABLE audit_purpose_policy (
    force_id TEXT NOT NULL PRIMARY KEY REFERENCES force,
    asked_for TEXT NOT NULL CHECK (asked_for IN ('SENSITIVE_RECORDS', 'EVERY_RECORD')),
    version INT NOT NULL DEFAULT 0
);
ALTER TABLE audit_purpose_policy ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_purpose_policy_force_isolation ON audit_purpose_policy
    USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, UPDATE ON audit_purpose_policy TO ${application_role};
