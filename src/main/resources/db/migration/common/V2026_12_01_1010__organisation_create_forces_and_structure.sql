-- Forces are shared reference data (a Citus reference table); everything below a force carries force_id
-- first in every key and is isolated by row-level security on invicta.force_id.
CREATE TABLE force (
    force_id   TEXT PRIMARY KEY CHECK (force_id ~ '^[a-z]+(-[a-z]+)*$'),
    name       TEXT NOT NULL,
    region     TEXT NOT NULL
);
GRANT SELECT ON force TO ${application_role};

CREATE TABLE district (
    force_id    TEXT NOT NULL REFERENCES force,
    district_id TEXT NOT NULL CHECK (district_id ~ '^[a-z]+(-[a-z]+)*$'),
    name        TEXT NOT NULL,
    version     INT  NOT NULL DEFAULT 0,
    PRIMARY KEY (force_id, district_id),
    UNIQUE (force_id, name)
);

CREATE TABLE station (
    force_id    TEXT NOT NULL REFERENCES force,
    station_id  UUID NOT NULL,
    district_id TEXT NOT NULL,
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    version     INT  NOT NULL DEFAULT 0,
    PRIMARY KEY (force_id, station_id),
    UNIQUE (force_id, name),
    FOREIGN KEY (force_id, district_id) REFERENCES district
);

CREATE TABLE team (
    force_id   TEXT NOT NULL REFERENCES force,
    team_id    UUID NOT NULL,
    station_id UUID NOT NULL,
    name       TEXT NOT NULL,
    version    INT  NOT NULL DEFAULT 0,
    PRIMARY KEY (force_id, team_id),
    UNIQUE (force_id, name),
    FOREIGN KEY (force_id, station_id) REFERENCES station
);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['district', 'station', 'team'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (force_id = current_setting(''invicta.force_id'', true))',
                       t || '_force_isolation', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO ${application_role}', t);
    END LOOP;
END $$;
