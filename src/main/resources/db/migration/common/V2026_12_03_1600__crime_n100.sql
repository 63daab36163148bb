-- An N100: a report of rape or attempted rape not at once recorded as a confirmed rape (credible evidence it
-- did not happen, or it happened in another force's area). It is not a crime, and it is never deleted: it
-- stays as its own kind of record, with why, and can still become a crime.
ALTER TABLE incident DROP CONSTRAINT incident_status_check;
ALTER TABLE incident ADD CONSTRAINT incident_status_check CHECK (status IN ('OPEN', 'CRIME_RECORDED', 'NO_CRIME', 'CLOSED', 'N100'));
ALTER TABLE incident ADD COLUMN n100_reason TEXT NOT NULL DEFAULT '';
