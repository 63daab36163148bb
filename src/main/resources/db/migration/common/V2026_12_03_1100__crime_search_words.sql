-- Crime search: each crime carries the words of its number, place, LSOA, victim and offence
-- (crime.CrimeWords), and a search asks for the crimes holding all the words typed.
--
-- A GIN index intersects the words' posting lists at once; but under row-level security PostgreSQL uses
-- an index only for leakproof conditions (decision 0006), and array containment is not one. So the one
-- search runs in crimes_with_words, which runs as the table owner (not subject to row-level security)
-- and applies the force condition itself, from the same setting the policies read, failing closed when
-- none is set. Callers read the crimes it names back through row-level security as usual.
CREATE EXTENSION IF NOT EXISTS btree_gin;
ALTER TABLE crime ADD COLUMN search_words TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX crime_by_words ON crime USING gin (force_id, search_words);
CREATE INDEX crime_by_month ON crime (force_id, month DESC, crime_id);

CREATE FUNCTION crimes_with_words(words TEXT[], max_rows INT) RETURNS SETOF UUID
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    -- Planned afresh each call with the words known, so a rare word goes by the GIN index and a common
    -- one by walking the newest months.
    RETURN QUERY EXECUTE 'SELECT crime_id FROM crime WHERE force_id = $1 AND search_words @> $2 '
                         'ORDER BY month DESC, crime_id LIMIT $3'
        USING coalesce(current_setting('invicta.force_id', true), ''), words, max_rows;
END $$;
REVOKE ALL ON FUNCTION crimes_with_words(TEXT[], INT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crimes_with_words(TEXT[], INT) TO ${application_role};
