-- The role model: what each role may do, as privileges that service methods declare they need.
INSERT INTO privilege (privilege_code, description) VALUES
    ('person:read',            'Consult people held by the force'),
    ('person:record',          'Record and correct people'),
    ('organisation:read',      'See the force''s districts, stations, teams and users'),
    ('organisation:administer','Edit the force''s districts, stations, teams, users, roles and vetting'),
    ('audit:read',             'Read the audit trail of the force (DPA 2018 s.62(4) purposes only)');

INSERT INTO role (role_code, title, description, sort_order) VALUES
    ('RESPONSE_OFFICER', 'Response officer',       'Attends incidents and records what happened',              1),
    ('INVESTIGATOR',     'Investigator',           'Investigates allocated crimes',                            2),
    ('SUPERVISOR',       'Supervisor',             'Reviews and signs off officers'' work',                    3),
    ('CRIME_REGISTRAR',  'Force crime registrar',  'Owns crime recording decisions and their audit',           4),
    ('FORCE_ADMIN',      'Force administrator',    'Keeps the force''s organisation, users and vetting',       5),
    ('AUDITOR',          'Professional standards', 'Examines who did what with personal data (s.62(4))',       6);

INSERT INTO role_privilege (role_code, privilege_code) VALUES
    ('RESPONSE_OFFICER', 'person:read'), ('RESPONSE_OFFICER', 'person:record'), ('RESPONSE_OFFICER', 'organisation:read'),
    ('INVESTIGATOR',     'person:read'), ('INVESTIGATOR',     'person:record'), ('INVESTIGATOR',     'organisation:read'),
    ('SUPERVISOR',       'person:read'), ('SUPERVISOR',       'person:record'), ('SUPERVISOR',       'organisation:read'),
    ('CRIME_REGISTRAR',  'person:read'), ('CRIME_REGISTRAR',  'organisation:read'),
    ('FORCE_ADMIN',      'organisation:read'), ('FORCE_ADMIN', 'organisation:administer'),
    ('AUDITOR',          'audit:read'),  ('AUDITOR',          'organisation:read');
