-- Roles and their privileges are national reference data: every force signs in to the same role model.
CREATE TABLE role (
    role_code   TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    sort_order  INT  NOT NULL
);

CREATE TABLE privilege (
    privilege_code TEXT PRIMARY KEY,
    description    TEXT NOT NULL
);

CREATE TABLE role_privilege (
    role_code      TEXT NOT NULL REFERENCES role,
    privilege_code TEXT NOT NULL REFERENCES privilege,
    PRIMARY KEY (role_code, privilege_code)
);

CREATE TABLE app_user (
    force_id           TEXT        NOT NULL REFERENCES force,
    user_id            UUID        NOT NULL,
    username           TEXT        NOT NULL CHECK (username = lower(username)),
    display_name       TEXT        NOT NULL,
    collar_number      TEXT,
    rank_or_grade      TEXT        NOT NULL,
    vetting_level      TEXT        NOT NULL CHECK (vetting_level IN ('RV', 'MV', 'NPPV1', 'NPPV2', 'NPPV3', 'SC', 'DV')),
    vetting_expires_on DATE,
    team_id            UUID,
    password_hash      TEXT,
    oidc_subject       TEXT,
    enabled            BOOLEAN     NOT NULL DEFAULT true,
    failed_sign_ins    INT         NOT NULL DEFAULT 0,
    locked_until       TIMESTAMPTZ,
    last_signed_in_at  TIMESTAMPTZ,
    version            INT         NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (force_id, user_id),
    UNIQUE (force_id, username),
    UNIQUE (force_id, collar_number),
    FOREIGN KEY (force_id, team_id) REFERENCES team
);

CREATE TABLE user_role (
    force_id  TEXT NOT NULL,
    user_id   UUID NOT NULL,
    role_code TEXT NOT NULL REFERENCES role,
    PRIMARY KEY (force_id, user_id, role_code),
    FOREIGN KEY (force_id, user_id) REFERENCES app_user
);

-- Sign-in starts from a username alone, before any force is known: this is the one place a username
-- is looked up across forces. It names the force and the account, and holds no other personal data.
CREATE TABLE sign_in_name (
    username  TEXT PRIMARY KEY CHECK (username = lower(username)),
    force_id  TEXT NOT NULL REFERENCES force,
    user_id   UUID NOT NULL
);
CREATE UNIQUE INDEX sign_in_name_by_account ON sign_in_name (force_id, user_id);

GRANT SELECT ON role, privilege, role_privilege TO ${application_role};
GRANT SELECT, INSERT, UPDATE ON sign_in_name TO ${application_role};

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['app_user', 'user_role'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (force_id = current_setting(''invicta.force_id'', true))',
                       t || '_force_isolation', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON app_user TO ${application_role};
GRANT SELECT, INSERT, DELETE ON user_role TO ${application_role};
