-- The rest of a POLE person: how precisely the date of birth is known, and the lists kept with it
-- (aliases, descriptions, addresses over time, phones, e-mail addresses, identifiers, warning markers,
-- gender and ethnicity) as one JSON document per version, so every version keeps them whole.
ALTER TABLE person ADD COLUMN date_of_birth_precision TEXT NOT NULL DEFAULT 'DAY'
    CHECK (date_of_birth_precision IN ('DAY', 'MONTH', 'YEAR', 'ESTIMATED_YEAR'));
ALTER TABLE person ADD COLUMN details JSONB NOT NULL DEFAULT '{}';
ALTER TABLE person_version ADD COLUMN date_of_birth_precision TEXT NOT NULL DEFAULT 'DAY';
ALTER TABLE person_version ADD COLUMN details JSONB NOT NULL DEFAULT '{}';

-- Exact keys a person is found by at once: identifiers, phone numbers, e-mail addresses, postcodes.
CREATE TABLE person_key (
    force_id  TEXT NOT NULL,
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    person_id UUID NOT NULL,
    PRIMARY KEY (force_id, kind, value, person_id),
    FOREIGN KEY (force_id, person_id) REFERENCES person
);
CREATE INDEX person_key_of_person ON person_key (force_id, person_id);
ALTER TABLE person_key ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_key_force_isolation ON person_key USING (force_id = current_setting('invicta.force_id', true));
GRANT SELECT, INSERT, DELETE ON person_key TO ${application_role};

-- Code lists, loaded as data: forces extend them, nothing in the code hard-wires the values.
-- The national code values are not confirmed against a published standard (see pole-and-identity.md).
CREATE TABLE person_code (
    list     TEXT NOT NULL,
    code     TEXT NOT NULL,
    label    TEXT NOT NULL,
    position INT  NOT NULL,
    PRIMARY KEY (list, code)
);
GRANT SELECT ON person_code TO ${application_role};

INSERT INTO person_code (list, code, label, position) VALUES
 ('gender', 'MALE', 'Male', 1), ('gender', 'FEMALE', 'Female', 2), ('gender', 'OTHER', 'Other or non-binary', 3),
 ('gender', 'NOT_KNOWN', 'Not known', 4),
 -- Self-defined ethnicity, the 18+1 classification (2011 census categories and "not stated").
 ('self-defined-ethnicity', 'W1', 'White: English, Welsh, Scottish, Northern Irish or British', 1),
 ('self-defined-ethnicity', 'W2', 'White: Irish', 2),
 ('self-defined-ethnicity', 'W3', 'White: Gypsy or Irish Traveller', 3),
 ('self-defined-ethnicity', 'W9', 'White: any other White background', 4),
 ('self-defined-ethnicity', 'M1', 'Mixed: White and Black Caribbean', 5),
 ('self-defined-ethnicity', 'M2', 'Mixed: White and Black African', 6),
 ('self-defined-ethnicity', 'M3', 'Mixed: White and Asian', 7),
 ('self-defined-ethnicity', 'M9', 'Mixed: any other mixed or multiple background', 8),
 ('self-defined-ethnicity', 'A1', 'Asian or Asian British: Indian', 9),
 ('self-defined-ethnicity', 'A2', 'Asian or Asian British: Pakistani', 10),
 ('self-defined-ethnicity', 'A3', 'Asian or Asian British: Bangladeshi', 11),
 ('self-defined-ethnicity', 'A4', 'Asian or Asian British: Chinese', 12),
 ('self-defined-ethnicity', 'A9', 'Asian or Asian British: any other Asian background', 13),
 ('self-defined-ethnicity', 'B1', 'Black or Black British: Caribbean', 14),
 ('self-defined-ethnicity', 'B2', 'Black or Black British: African', 15),
 ('self-defined-ethnicity', 'B9', 'Black or Black British: any other Black background', 16),
 ('self-defined-ethnicity', 'O1', 'Other ethnic group: Arab', 17),
 ('self-defined-ethnicity', 'O9', 'Other ethnic group: any other ethnic group', 18),
 ('self-defined-ethnicity', 'NS', 'Not stated', 19),
 -- Officer-defined ethnicity (the IC codes used on PNC).
 ('officer-defined-ethnicity', 'IC1', 'White: North European', 1),
 ('officer-defined-ethnicity', 'IC2', 'White: South European', 2),
 ('officer-defined-ethnicity', 'IC3', 'Black', 3),
 ('officer-defined-ethnicity', 'IC4', 'Asian', 4),
 ('officer-defined-ethnicity', 'IC5', 'Chinese, Japanese or other South East Asian', 5),
 ('officer-defined-ethnicity', 'IC6', 'Arabic or North African', 6),
 ('officer-defined-ethnicity', 'IC9', 'Not known', 7),
 ('warning-marker', 'VIOLENT', 'Violent', 1),
 ('warning-marker', 'WEAPONS', 'Carries or uses weapons', 2),
 ('warning-marker', 'FIREARMS', 'Firearms', 3),
 ('warning-marker', 'SELF_HARM', 'Self-harm', 4),
 ('warning-marker', 'SUICIDAL', 'Suicidal', 5),
 ('warning-marker', 'MENTAL_HEALTH', 'Mental health', 6),
 ('warning-marker', 'DRUGS', 'Drugs', 7),
 ('warning-marker', 'ESCAPER', 'Escaper', 8),
 ('warning-marker', 'CONTAGIOUS', 'Contagious disease', 9),
 ('warning-marker', 'AILMENT', 'Ailment', 10),
 ('warning-marker', 'ALLEGES', 'Makes allegations against officers', 11),
 ('warning-marker', 'EXPLOSIVES', 'Explosives', 12),
 ('alias-type', 'AKA', 'Also known as', 1), ('alias-type', 'MAIDEN', 'Maiden or previous name', 2),
 ('alias-type', 'NICKNAME', 'Nickname', 3), ('alias-type', 'FALSE_DETAILS', 'False details given', 4),
 ('address-use', 'HOME', 'Home', 1), ('address-use', 'WORK', 'Work', 2), ('address-use', 'TEMPORARY', 'Temporary', 3),
 ('address-use', 'CORRESPONDENCE', 'Correspondence', 4), ('address-use', 'NO_FIXED_ABODE', 'No fixed abode', 5);
