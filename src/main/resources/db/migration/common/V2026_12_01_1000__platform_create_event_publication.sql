-- Spring Modulith's event publication registry: an event published in a transaction is stored with it,
-- so a crash between commit and delivery loses no event. Schema as Modulith 2.1 expects it.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);

GRANT USAGE ON SCHEMA public TO ${application_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON event_publication TO ${application_role};
