-- Forces of a collaboration may consult each other's people, but only as an explicit act with a
-- justification, disclosed by the owning force and audited in both forces' chains.
INSERT INTO privilege (privilege_code, description) VALUES
    ('cross-force:consult', 'Consult a person held by another force, giving the justification that is disclosed with it');

INSERT INTO role_privilege (role_code, privilege_code) VALUES
    ('INVESTIGATOR', 'cross-force:consult'),
    ('SUPERVISOR',   'cross-force:consult');
