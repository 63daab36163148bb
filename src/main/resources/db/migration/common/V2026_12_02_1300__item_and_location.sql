-- The O and L of POLE. Every version is kept, so a correction never loses the value it replaced.
CREATE TABLE item (
    force_id      TEXT        NOT NULL REFERENCES force,
    item_id       UUID        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('VEHICLE', 'PHONE', 'PROPERTY')),
    vrm           TEXT        NOT NULL DEFAULT '',
    vin           TEXT        NOT NULL DEFAULT '',
    make          TEXT        NOT NULL DEFAULT '',
    model         TEXT        NOT NULL DEFAULT '',
    colour        TEXT        NOT NULL DEFAULT '',
    imei          TEXT        NOT NULL DEFAULT '',
    phone_number  TEXT        NOT NULL DEFAULT '',
    serial_number TEXT        NOT NULL DEFAULT '',
    description   TEXT        NOT NULL DEFAULT '',
    version       INT         NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    updated_by    UUID,
    PRIMARY KEY (force_id, item_id)
);
CREATE INDEX item_by_vrm ON item (force_id, vrm) WHERE vrm <> '';
CREATE INDEX item_by_imei ON item (force_id, imei) WHERE imei <> '';
CREATE INDEX item_by_serial ON item (force_id, serial_number) WHERE serial_number <> '';
CREATE TABLE item_version (LIKE item, PRIMARY KEY (force_id, item_id, version), FOREIGN KEY (force_id, item_id) REFERENCES item);

CREATE TABLE location (
    force_id    TEXT        NOT NULL REFERENCES force,
    location_id UUID        NOT NULL,
    address     TEXT        NOT NULL DEFAULT '',
    postcode    TEXT        NOT NULL DEFAULT '',
    uprn        TEXT        NOT NULL DEFAULT '',
    latitude    NUMERIC(9, 6),
    longitude   NUMERIC(9, 6),
    place_note  TEXT        NOT NULL DEFAULT '',
    version     INT         NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    updated_by  UUID,
    PRIMARY KEY (force_id, location_id)
);
CREATE INDEX location_by_postcode ON location (force_id, postcode) WHERE postcode <> '';
CREATE INDEX location_by_uprn ON location (force_id, uprn) WHERE uprn <> '';
CREATE INDEX location_by_text ON location USING gin ((address || ' ' || place_note) gin_trgm_ops);
CREATE TABLE location_version (LIKE location, PRIMARY KEY (force_id, location_id, version),
    FOREIGN KEY (force_id, location_id) REFERENCES location);

ALTER TABLE item ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_force_isolation ON item USING (force_id = current_setting('invicta.force_id', true));
ALTER TABLE item_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_version_force_isolation ON item_version USING (force_id = current_setting('invicta.force_id', true));
ALTER TABLE location ENABLE ROW LEVEL SECURITY;
CREATE POLICY location_force_isolation ON location USING (force_id = current_setting('invicta.force_id', true));
ALTER TABLE location_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY location_version_force_isolation ON location_version USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, UPDATE ON item, location TO ${application_role};
GRANT SELECT, INSERT ON item_version, location_version TO ${application_role};

INSERT INTO privilege (privilege_code, description) VALUES
    ('pole:read', 'Consult objects and locations held by the force'),
    ('pole:record', 'Record and correct objects and locations');
INSERT INTO role_privilege (role_code, privilege_code) VALUES
    ('RESPONSE_OFFICER', 'pole:read'), ('RESPONSE_OFFICER', 'pole:record'),
    ('INVESTIGATOR', 'pole:read'), ('INVESTIGATOR', 'pole:record'),
    ('SUPERVISOR', 'pole:read'), ('SUPERVISOR', 'pole:record'),
    ('CRIME_REGISTRAR', 'pole:read');
