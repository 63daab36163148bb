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

-- Which way to go depends on how many crimes hold the words, which the planner's estimates get wrong
-- for combinations (a street and a town): with ORDER BY and LIMIT it walks the newest months expecting
-- matches soon, and walks the whole force when there are none. So the function counts first, by the
-- index and at most to a bound: under it, it sorts what the index found; at it, matches are dense and
-- walking the newest months finds enough at once.
CREATE FUNCTION crimes_with_words(words TEXT[], max_rows INT) RETURNS SETOF UUID
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET enable_seqscan = off AS $$
DECLARE
    acting TEXT := coalesce(current_setting('invicta.force_id', true), '');
    holding INT;
BEGIN
    SELECT count(*) INTO holding
      FROM (SELECT 1 FROM crime WHERE force_id = acting AND search_words @> words LIMIT 5000) AS counted;
    IF holding < 5000 THEN
        RETURN QUERY SELECT found.crime_id
                       FROM (SELECT c.crime_id, c.month FROM crime c WHERE c.force_id = acting AND c.search_words @> words OFFSET 0) AS found
                      ORDER BY found.month DESC, found.crime_id LIMIT max_rows;
    ELSE
        RETURN QUERY EXECUTE 'SELECT crime_id FROM crime WHERE force_id = $1 AND search_words @> $2 '
                             'ORDER BY month DESC, crime_id LIMIT $3'
            USING acting, words, max_rows;
    END IF;
END $$;
REVOKE ALL ON FUNCTION crimes_with_words(TEXT[], INT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crimes_with_words(TEXT[], INT) TO ${application_role};
