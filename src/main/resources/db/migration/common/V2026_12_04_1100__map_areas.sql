-- The force's map: the statistical areas it covers (ONS LSOA boundaries, loaded by `./invicta map
-- load-areas`), each with its outline as text ("lng lat lng lat ...", rings separated by ';') and its
-- bounding box, by which a view finds the areas it shows and a point the area it lies in.
CREATE TABLE map_area (
    force_id  TEXT             NOT NULL REFERENCES force,
    area_code TEXT             NOT NULL,
    area_name TEXT             NOT NULL,
    district  TEXT             NOT NULL,
    outline   TEXT             NOT NULL,
    west      DOUBLE PRECISION NOT NULL,
    south     DOUBLE PRECISION NOT NULL,
    east      DOUBLE PRECISION NOT NULL,
    north     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (force_id, area_code)
);
CREATE INDEX map_area_by_box ON map_area (force_id, west, east);
ALTER TABLE map_area ENABLE ROW LEVEL SECURITY;
CREATE POLICY map_area_force_isolation ON map_area USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, DELETE ON map_area TO ${application_role};

-- Where a crime was recorded at a point on the map, the area it lies in, as published crimes carry theirs.
CREATE INDEX crime_by_place ON crime (force_id, latitude, longitude) WHERE latitude IS NOT NULL;
