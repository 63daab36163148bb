-- Search and the entry check look names up as the application role, under row-level security, where
-- PostgreSQL puts a condition on an index only if it is leakproof (equality, ranges). LIKE and trigram
-- similarity are not, so one of them among the keys of People.candidates made every lookup a scan of all
-- the force's names. Each key is now a query of its own on one of these indexes.

-- The surname's sound with the given initial, or with a variant of the given name (Bill for William),
-- and those born within a year of the probe first.
CREATE INDEX person_name_by_surname_sound_initial_and_birth ON person_name (force_id, surname_sound, given_initial, date_of_birth);
DROP INDEX person_name_by_surname_sound;
CREATE INDEX person_name_by_surname_sound_family_and_birth ON person_name (force_id, surname_sound, given_family, date_of_birth);
-- A surname misspelt beyond its sound: the surnames nearest it, in order, with the same given initial
-- (given_family has its index already).
CREATE INDEX person_name_by_given_initial_and_surname ON person_name (force_id, given_initial, surname);
-- A given name misspelt beyond its variants: the given names nearest it, in order, with the same surname.
-- It serves the surname alone as well as the index it replaces.
CREATE INDEX person_name_by_surname_and_given ON person_name (force_id, surname, given);
DROP INDEX person_name_by_surname;
-- Never used: trigram similarity is not leakproof, so under row-level security it cannot use an index.
DROP INDEX person_name_by_surname_trigrams;
