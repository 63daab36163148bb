-- The objects and places of a crime, as POLE links, and how it was done.
CREATE TABLE crime_link (
    force_id  TEXT        NOT NULL REFERENCES force,
    crime_id  UUID        NOT NULL,
    kind      TEXT        NOT NULL CHECK (kind IN ('ITEM', 'LOCATION')),
    linked_id UUID        NOT NULL,
    role      TEXT        NOT NULL CHECK (role IN ('STOLEN', 'DAMAGED', 'USED', 'RECOVERED', 'SCENE', 'OTHER')),
    summary   TEXT        NOT NULL,
    linked_by UUID        NOT NULL,
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (force_id, crime_id, kind, linked_id, role),
    FOREIGN KEY (force_id, crime_id) REFERENCES crime
);
CREATE INDEX crime_link_by_linked ON crime_link (force_id, kind, linked_id);
ALTER TABLE crime_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY crime_link_force_isolation ON crime_link USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT ON crime_link TO ${application_role};

ALTER TABLE crime ADD COLUMN modus_operandi TEXT NOT NULL DEFAULT '';
