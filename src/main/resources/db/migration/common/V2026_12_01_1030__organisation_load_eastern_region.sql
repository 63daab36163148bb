-- The seven forces of the Eastern region collaboration, by their police.uk ids, and Kent's 13 districts
-- (Kent Police's local policing districts follow the district and unitary councils of Kent and Medway).
INSERT INTO force (force_id, name, region) VALUES
    ('bedfordshire',   'Bedfordshire Police',   'Eastern'),
    ('cambridgeshire', 'Cambridgeshire Constabulary', 'Eastern'),
    ('essex',          'Essex Police',          'Eastern'),
    ('hertfordshire',  'Hertfordshire Constabulary', 'Eastern'),
    ('kent',           'Kent Police',           'Eastern'),
    ('norfolk',        'Norfolk Constabulary',  'Eastern'),
    ('suffolk',        'Suffolk Constabulary',  'Eastern');

INSERT INTO district (force_id, district_id, name) VALUES
    ('kent', 'ashford',               'Ashford'),
    ('kent', 'canterbury',            'Canterbury'),
    ('kent', 'dartford',              'Dartford'),
    ('kent', 'dover',                 'Dover'),
    ('kent', 'folkestone-and-hythe',  'Folkestone and Hythe'),
    ('kent', 'gravesham',             'Gravesham'),
    ('kent', 'maidstone',             'Maidstone'),
    ('kent', 'medway',                'Medway'),
    ('kent', 'sevenoaks',             'Sevenoaks'),
    ('kent', 'swale',                 'Swale'),
    ('kent', 'thanet',                'Thanet'),
    ('kent', 'tonbridge-and-malling', 'Tonbridge and Malling'),
    ('kent', 'tunbridge-wells',       'Tunbridge Wells');
