-- DPA 2018 s.62: one row per collection, alteration, consultation, disclosure, combination or erasure.
-- Each force has its own hash chain (seq 1, 2, 3...), so forces never wait on each other's audit writes.
-- The application may add and read rows; it holds no UPDATE or DELETE grant on them.
CREATE TABLE audit_event (
    force_id       TEXT        NOT NULL REFERENCES force,
    seq            BIGINT      NOT NULL,
    event_id       UUID        NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    actor_id       UUID,
    actor_name     TEXT        NOT NULL,
    actor_force    TEXT,
    actor_roles    TEXT        NOT NULL,
    operation      TEXT        NOT NULL CHECK (operation IN ('COLLECT', 'ALTER', 'CONSULT', 'DISCLOSE', 'COMBINE', 'ERASE')),
    record_type    TEXT        NOT NULL,
    record_id      TEXT        NOT NULL,
    channel        TEXT        NOT NULL CHECK (channel IN ('UI', 'API', 'EXPORT', 'PRINT', 'BATCH')),
    purpose        TEXT,
    recipient      TEXT,
    fields_changed TEXT,
    prev_hash      TEXT        NOT NULL,
    hash           TEXT        NOT NULL,
    PRIMARY KEY (force_id, seq)
);
CREATE INDEX audit_event_by_record ON audit_event (force_id, record_type, record_id, at DESC);
CREATE INDEX audit_event_by_actor ON audit_event (force_id, actor_id, at DESC);

-- The head of each force's chain: the last sequence number and hash, locked only for the instant of a commit.
CREATE TABLE audit_chain_head (
    force_id  TEXT   NOT NULL PRIMARY KEY REFERENCES force,
    last_seq  BIGINT NOT NULL,
    last_hash TEXT   NOT NULL
);

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_force_isolation ON audit_event
    USING (force_id = current_setting('invicta.force_id', true));
ALTER TABLE audit_chain_head ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_chain_head_force_isolation ON audit_chain_head
    USING (force_id = current_setting('invicta.force_id', true));

GRANT SELECT, INSERT ON audit_event TO ${application_role};
GRANT SELECT, INSERT, UPDATE ON audit_chain_head TO ${application_role};
