-- Incidents and the crimes recorded from them, with the reference data the counting rules need.

-- police.uk's public crime types: what every crime is published as (police-api.md §9.1).
CREATE TABLE crime_category (
    category_code TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    position      INT  NOT NULL
);
GRANT SELECT ON crime_category TO ${application_role};
INSERT INTO crime_category (category_code, name, position) VALUES
    ('anti-social-behaviour', 'Anti-social behaviour', 1),
    ('bicycle-theft', 'Bicycle theft', 2),
    ('burglary', 'Burglary', 3),
    ('criminal-damage-arson', 'Criminal damage and arson', 4),
    ('drugs', 'Drugs', 5),
    ('other-theft', 'Other theft', 6),
    ('possession-of-weapons', 'Possession of weapons', 7),
    ('public-order', 'Public order', 8),
    ('robbery', 'Robbery', 9),
    ('shoplifting', 'Shoplifting', 10),
    ('theft-from-the-person', 'Theft from the person', 11),
    ('vehicle-crime', 'Vehicle crime', 12),
    ('violent-crime', 'Violence and sexual offences', 13),
    ('other-crime', 'Other crime', 14);

-- police.uk's public outcome categories (police-api.md §9.2), and the other spellings published files use.
CREATE TABLE crime_outcome_category (
    outcome_code TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE
);
CREATE TABLE crime_outcome_spelling (
    spelling     TEXT PRIMARY KEY,
    outcome_code TEXT NOT NULL REFERENCES crime_outcome_category
);
GRANT SELECT ON crime_outcome_category, crime_outcome_spelling TO ${application_role};
INSERT INTO crime_outcome_category (outcome_code, name) VALUES
    ('awaiting-court-result', 'Awaiting court outcome'),
    ('court-result-unavailable', 'Court result unavailable'),
    ('unable-to-proceed', 'Court case unable to proceed'),
    ('local-resolution', 'Local resolution'),
    ('no-further-action', 'Investigation complete; no suspect identified'),
    ('deprived-of-property', 'Offender deprived of property'),
    ('fined', 'Offender fined'),
    ('absolute-discharge', 'Offender given absolute discharge'),
    ('cautioned', 'Offender given a caution'),
    ('drugs-possession-warning', 'Offender given a drugs possession warning'),
    ('penalty-notice-issued', 'Offender given a penalty notice'),
    ('community-penalty', 'Offender given community sentence'),
    ('conditional-discharge', 'Offender given conditional discharge'),
    ('suspended-sentence', 'Offender given suspended prison sentence'),
    ('imprisoned', 'Offender sent to prison'),
    ('other-court-disposal', 'Offender otherwise dealt with'),
    ('compensation', 'Offender ordered to pay compensation'),
    ('sentenced-in-another-case', 'Suspect charged as part of another case'),
    ('charged', 'Suspect charged'),
    ('not-guilty', 'Defendant found not guilty'),
    ('sent-to-crown-court', 'Defendant sent to Crown Court'),
    ('unable-to-prosecute', 'Unable to prosecute suspect'),
    ('formal-action-not-in-public-interest', 'Formal action is not in the public interest'),
    ('action-taken-by-another-organisation', 'Action to be taken by another organisation'),
    ('further-investigation-not-in-public-interest', 'Further investigation is not in the public interest'),
    ('further-action-not-in-public-interest', 'Further action is not in the public interest'),
    ('under-investigation', 'Under investigation'),
    ('status-update-unavailable', 'Status update unavailable');
INSERT INTO crime_outcome_spelling (spelling, outcome_code) SELECT name, outcome_code FROM crime_outcome_category;
INSERT INTO crime_outcome_spelling (spelling, outcome_code) VALUES ('Offender given penalty notice', 'penalty-notice-issued');

-- Home Office classifications, versioned by counting-rules year (rules take effect each April). Codes are
-- text: classes carry letters (8N, 105A). This is Invicta's starter list of common classifications, not the
-- official spreadsheet; rank orders seriousness for the principal crime rule (1 most serious).
CREATE TABLE crime_classification (
    rules_year    TEXT    NOT NULL,
    class_code    TEXT    NOT NULL,
    subclass_code TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    category_code TEXT    NOT NULL REFERENCES crime_category,
    victim        TEXT    NOT NULL CHECK (victim IN ('PERSON', 'SOCIETY')),
    violent       BOOLEAN NOT NULL,
    rank          INT     NOT NULL,
    PRIMARY KEY (rules_year, class_code, subclass_code)
);
GRANT SELECT ON crime_classification TO ${application_role};
INSERT INTO crime_classification (rules_year, class_code, subclass_code, title, category_code, victim, violent, rank) VALUES
    ('2026', '1', '1', 'Murder of a person aged 1 year or over', 'violent-crime', 'PERSON', true, 1),
    ('2026', '1', '2', 'Murder of a person aged under 1 year', 'violent-crime', 'PERSON', true, 1),
    ('2026', '4', '1', 'Manslaughter', 'violent-crime', 'PERSON', true, 2),
    ('2026', '2', '0', 'Attempted murder', 'violent-crime', 'PERSON', true, 3),
    ('2026', '19C', '0', 'Rape of a female aged 16 or over', 'violent-crime', 'PERSON', true, 4),
    ('2026', '19D', '0', 'Rape of a female child under 16', 'violent-crime', 'PERSON', true, 4),
    ('2026', '19G', '0', 'Rape of a male aged 16 or over', 'violent-crime', 'PERSON', true, 4),
    ('2026', '5D', '0', 'Assault with intent to cause serious harm', 'violent-crime', 'PERSON', true, 5),
    ('2026', '34A', '0', 'Robbery of business property', 'robbery', 'PERSON', true, 6),
    ('2026', '34B', '0', 'Robbery of personal property', 'robbery', 'PERSON', true, 6),
    ('2026', '17A', '0', 'Sexual assault on a male aged 13 or over', 'violent-crime', 'PERSON', true, 7),
    ('2026', '20A', '0', 'Sexual assault on a female aged 13 or over', 'violent-crime', 'PERSON', true, 7),
    ('2026', '8N', '0', 'Assault with injury', 'violent-crime', 'PERSON', true, 8),
    ('2026', '8R', '0', 'Controlling or coercive behaviour', 'violent-crime', 'PERSON', true, 9),
    ('2026', '8Q', '0', 'Stalking', 'violent-crime', 'PERSON', true, 9),
    ('2026', '8L', '0', 'Harassment', 'violent-crime', 'PERSON', true, 10),
    ('2026', '105A', '0', 'Assault without injury', 'violent-crime', 'PERSON', true, 11),
    ('2026', '104', '0', 'Assault without injury on a constable', 'violent-crime', 'PERSON', true, 11),
    ('2026', '9A', '0', 'Public fear, alarm or distress', 'public-order', 'SOCIETY', false, 12),
    ('2026', '28E', '0', 'Burglary, residential: dwelling', 'burglary', 'PERSON', false, 13),
    ('2026', '30C', '0', 'Burglary, business and community', 'burglary', 'PERSON', false, 14),
    ('2026', '56A', '0', 'Arson endangering life', 'criminal-damage-arson', 'PERSON', false, 13),
    ('2026', '56B', '0', 'Arson not endangering life', 'criminal-damage-arson', 'PERSON', false, 15),
    ('2026', '48', '0', 'Theft or unauthorised taking of a motor vehicle', 'vehicle-crime', 'PERSON', false, 16),
    ('2026', '39', '0', 'Theft from the person', 'theft-from-the-person', 'PERSON', false, 16),
    ('2026', '45', '0', 'Theft from a vehicle', 'vehicle-crime', 'PERSON', false, 17),
    ('2026', '126', '0', 'Interfering with a motor vehicle', 'vehicle-crime', 'PERSON', false, 19),
    ('2026', '44', '0', 'Theft or unauthorised taking of a pedal cycle', 'bicycle-theft', 'PERSON', false, 18),
    ('2026', '46', '0', 'Shoplifting', 'shoplifting', 'PERSON', false, 18),
    ('2026', '40', '0', 'Theft in a dwelling other than from an automatic machine or meter', 'other-theft', 'PERSON', false, 18),
    ('2026', '49', '0', 'Other theft', 'other-theft', 'PERSON', false, 19),
    ('2026', '58A', '0', 'Criminal damage to a dwelling', 'criminal-damage-arson', 'PERSON', false, 20),
    ('2026', '58B', '0', 'Criminal damage to a building other than a dwelling', 'criminal-damage-arson', 'PERSON', false, 20),
    ('2026', '58C', '0', 'Criminal damage to a vehicle', 'criminal-damage-arson', 'PERSON', false, 20),
    ('2026', '58D', '0', 'Other criminal damage', 'criminal-damage-arson', 'PERSON', false, 21),
    ('2026', '92A', '0', 'Trafficking in controlled drugs', 'drugs', 'SOCIETY', false, 12),
    ('2026', '92D', '0', 'Possession of controlled drugs (excluding cannabis)', 'drugs', 'SOCIETY', false, 22),
    ('2026', '92E', '0', 'Possession of cannabis', 'drugs', 'SOCIETY', false, 23),
    ('2026', '10D', '0', 'Possession of an article with a blade or point', 'possession-of-weapons', 'SOCIETY', false, 12),
    ('2026', '8M', '0', 'Possession of other weapons', 'possession-of-weapons', 'SOCIETY', false, 13),
    ('2026', '62A', '0', 'Violent disorder', 'public-order', 'SOCIETY', false, 10),
    ('2026', '33', '0', 'Going equipped for stealing', 'other-crime', 'SOCIETY', false, 22),
    ('2026', '66', '0', 'Other offences against the State or public order', 'public-order', 'SOCIETY', false, 22);

-- A report of something that happened. Crime numbers and incident numbers run per force and year.
CREATE TABLE record_number (
    force_id TEXT NOT NULL REFERENCES force,
    series   TEXT NOT NULL,
    year     INT  NOT NULL,
    last     INT  NOT NULL,
    PRIMARY KEY (force_id, series, year)
);

CREATE TABLE incident (
    force_id            TEXT        NOT NULL REFERENCES force,
    incident_id         UUID        NOT NULL,
    incident_number     TEXT        NOT NULL,
    channel             TEXT        NOT NULL CHECK (channel IN ('CALL', 'FRONT_COUNTER', 'OFFICER', 'ONLINE', 'IMPORT')),
    opening_type        TEXT        NOT NULL,
    closing_type        TEXT        NOT NULL DEFAULT '',
    reported_at         TIMESTAMPTZ NOT NULL,
    location_text       TEXT        NOT NULL DEFAULT '',
    postcode            TEXT        NOT NULL DEFAULT '',
    latitude            NUMERIC(9, 6),
    longitude           NUMERIC(9, 6),
    narrative           TEXT        NOT NULL DEFAULT '',
    status              TEXT        NOT NULL CHECK (status IN ('OPEN', 'CRIME_RECORDED', 'NO_CRIME', 'CLOSED')),
    non_crime_rationale TEXT        NOT NULL DEFAULT '',
    version             INT         NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    updated_by          UUID,
    PRIMARY KEY (force_id, incident_id),
    UNIQUE (force_id, incident_number)
);
CREATE INDEX incident_open_by_age ON incident (force_id, reported_at) WHERE status = 'OPEN';

CREATE TABLE incident_person (
    force_id    TEXT NOT NULL REFERENCES force,
    incident_id UUID NOT NULL,
    person_id   UUID NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('VICTIM', 'SUSPECT', 'WITNESS', 'REPORTER')),
    PRIMARY KEY (force_id, incident_id, person_id, role),
    FOREIGN KEY (force_id, incident_id) REFERENCES incident
);

CREATE TABLE incident_log (
    force_id    TEXT        NOT NULL REFERENCES force,
    incident_id UUID        NOT NULL,
    entry       INT         NOT NULL,
    written_at  TIMESTAMPTZ NOT NULL,
    written_by  UUID,
    text        TEXT        NOT NULL,
    PRIMARY KEY (force_id, incident_id, entry),
    FOREIGN KEY (force_id, incident_id) REFERENCES incident
);

-- A recorded crime. Imported police.uk rows carry only what police.uk publishes: the month, the snapped
-- place, the category and the last outcome; their import_key makes a re-run change nothing.
CREATE TABLE crime (
    force_id          TEXT        NOT NULL REFERENCES force,
    crime_id          UUID        NOT NULL,
    crime_number      TEXT        NOT NULL,
    source            TEXT        NOT NULL CHECK (source IN ('INCIDENT', 'DIRECT_REPORT', 'POLICE_UK')),
    incident_id       UUID,
    import_key        TEXT,
    published_id      TEXT        NOT NULL DEFAULT '',
    rules_year        TEXT,
    class_code        TEXT,
    subclass_code     TEXT,
    category_code     TEXT        NOT NULL,
    month             DATE        NOT NULL,
    reported_at       TIMESTAMPTZ,
    recorded_at       TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('RECORDED', 'TRANSFERRED', 'CANCELLED')),
    location_text     TEXT        NOT NULL DEFAULT '',
    latitude          NUMERIC(9, 6),
    longitude         NUMERIC(9, 6),
    lsoa_code         TEXT        NOT NULL DEFAULT '',
    lsoa_name         TEXT        NOT NULL DEFAULT '',
    victim_name       TEXT        NOT NULL DEFAULT '',
    outcome_code      TEXT,
    allocated_to      UUID,
    version           INT         NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        UUID,
    PRIMARY KEY (force_id, crime_id),
    UNIQUE (force_id, crime_number),
    UNIQUE (force_id, import_key),
    FOREIGN KEY (force_id, incident_id) REFERENCES incident
);
CREATE INDEX crime_allocated ON crime (force_id, allocated_to, recorded_at DESC) WHERE allocated_to IS NOT NULL;
CREATE INDEX crime_by_month_and_category ON crime (force_id, month, category_code);
CREATE INDEX crime_by_incident ON crime (force_id, incident_id) WHERE incident_id IS NOT NULL;

CREATE TABLE crime_person (
    force_id  TEXT NOT NULL REFERENCES force,
    crime_id  UUID NOT NULL,
    person_id UUID NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('VICTIM', 'SUSPECT', 'WITNESS')),
    PRIMARY KEY (force_id, crime_id, person_id, role),
    FOREIGN KEY (force_id, crime_id) REFERENCES crime
);
CREATE INDEX crime_person_by_person ON crime_person (force_id, person_id);

-- Offences of the same victim's sequence that the principal crime rule does not count, kept on the record.
CREATE TABLE crime_secondary_offence (
    force_id      TEXT NOT NULL REFERENCES force,
    crime_id      UUID NOT NULL,
    rules_year    TEXT NOT NULL,
    class_code    TEXT NOT NULL,
    subclass_code TEXT NOT NULL,
    PRIMARY KEY (force_id, crime_id, rules_year, class_code, subclass_code),
    FOREIGN KEY (force_id, crime_id) REFERENCES crime
);

-- Each run of the police.uk import, with what it found wrong in the files.
CREATE TABLE crime_import (
    force_id    TEXT        NOT NULL REFERENCES force,
    import_id   UUID        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ NOT NULL,
    files       INT         NOT NULL,
    rows_read   INT         NOT NULL,
    added       INT         NOT NULL,
    report      JSONB       NOT NULL,
    PRIMARY KEY (force_id, import_id)
);

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['record_number', 'incident', 'incident_person', 'incident_log', 'crime', 'crime_person',
                             'crime_secondary_offence', 'crime_import'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (force_id = current_setting(''invicta.force_id'', true))',
                       t || '_force_isolation', t);
    END LOOP;
END $$;
GRANT SELECT, INSERT, UPDATE ON record_number, incident, crime TO ${application_role};
GRANT SELECT, INSERT ON incident_person, incident_log, crime_person, crime_secondary_offence, crime_import TO ${application_role};

INSERT INTO privilege (privilege_code, description) VALUES
    ('crime:read', 'Consult the force''s incidents and crimes'),
    ('crime:record', 'Record incidents and the crimes they disclose'),
    ('crime:import', 'Import published police.uk crime files');
INSERT INTO role_privilege (role_code, privilege_code) VALUES
    ('RESPONSE_OFFICER', 'crime:read'), ('RESPONSE_OFFICER', 'crime:record'),
    ('INVESTIGATOR', 'crime:read'), ('INVESTIGATOR', 'crime:record'),
    ('SUPERVISOR', 'crime:read'), ('SUPERVISOR', 'crime:record'),
    ('CRIME_REGISTRAR', 'crime:read'), ('CRIME_REGISTRAR', 'crime:import');
