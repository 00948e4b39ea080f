-- Document search that uses its indexes under row-level security, and corrects typos by a vocabulary.
--
-- Under RLS PostgreSQL keeps the policy's check ahead of any condition whose operator is not
-- leakproof, and neither the text-search match (@@) nor the trigram operators are: every search read
-- and filtered every document of the table (seconds at 200,000 documents). search_document_page()
-- runs as the owner, so the GIN index serves the match, and applies the caller's scope itself with
-- the predicate the policies use (the document's unit lies under app_scope()); with no scope set it
-- finds nothing. It returns ids only: the caller reads the documents under RLS as before.
--
-- The vocabulary is the table document_words (migration 20261124_0007): every folded syllable that
-- occurs in a document, with its single-letter deletions (word_deletions(), which its stored column
-- is computed from, lives with it there). The triggers below keep it; it only grows.

CREATE OR REPLACE FUNCTION sorted_letters(word text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT string_agg(ch, '' ORDER BY ch) FROM regexp_split_to_table(word, '') ch $$;

CREATE OR REPLACE FUNCTION document_words_add() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO document_words (word)
  SELECT DISTINCT w FROM changed_documents, unnest(tsvector_to_array(search_vector)) w ORDER BY w
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER documents_words_insert AFTER INSERT ON documents
  REFERENCING NEW TABLE AS changed_documents FOR EACH STATEMENT EXECUTE FUNCTION document_words_add();
CREATE OR REPLACE TRIGGER documents_words_update AFTER UPDATE ON documents
  REFERENCING NEW TABLE AS changed_documents FOR EACH STATEMENT EXECUTE FUNCTION document_words_add();

-- Syllables of the number/symbol and the folded title: a match there ranks above one in the body.
CREATE OR REPLACE FUNCTION document_title_vector(symbol text, title_folded text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT to_tsvector('simple', regexp_replace(vi_fold(symbol), '[^a-z0-9]+', ' ', 'g') || ' ' || title_folded) $$;

-- The query's syllables in a row, the last one as a prefix (`dan van` → 'dan' <-> 'van':*): the phrase a
-- document containing "dân vận" matches, and one with "dân" and "văn" apart does not. NULL for fewer than two.
CREATE OR REPLACE FUNCTION document_phrase_query(p_terms text[]) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT CASE WHEN cardinality(p_terms) > 1 THEN
    to_tsquery('simple', (SELECT string_agg(quote_literal(t) || CASE WHEN i = cardinality(p_terms) THEN ':*' ELSE '' END, ' <-> ' ORDER BY i)
                            FROM unnest(p_terms) WITH ORDINALITY u(t, i)))
  END
$$;

-- One page of a search of the caller's scope, and the number of matches counted up to p_count_cap.
--   p_terms   folded syllables of the query, all required, the last one as a prefix; NULL or empty: no text query
--   p_sort    relevance | issuedOn | -issuedOn | symbol
--   matched_terms  the syllables searched for, corrections included, for highlighting
-- A syllable found in no document is replaced by the vocabulary's nearest words (anagrams such as a
-- swapped pair of letters if any, else up to five words one letter away, the most frequent first).
-- Matches are read in the page's order (newest first for relevance), at most
-- greatest(p_count_cap + 1, p_offset + p_limit) of them: that many give the count. For relevance the
-- newest p_rank_pool of them are ranked, so a broad query ranks its newest matches only; those with
-- the query's syllables in a row (document_phrase_query) rank first: each syllable on its own is common. When every
-- syllable is common (planner statistics), the newest documents are read in date order until the
-- pool fills, which beats collecting tens of thousands of index hits; otherwise the GIN index finds them.
-- The vocabulary is the whole database's: whether a syllable gets corrected says whether it occurs
-- in some document, in scope or not; the results themselves are the scope's only.
CREATE OR REPLACE FUNCTION search_document_page(
  p_terms text[], p_type text, p_topic text, p_unit_id integer, p_from date, p_to date,
  p_sort text, p_limit integer, p_offset integer, p_count_cap integer, p_rank_pool integer,
  OUT ids integer[], OUT total integer, OUT capped boolean, OUT matched_terms text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_scope ltree := app_scope();
  v_units integer[];
  v_where text := 'd.unit_id = ANY($1)';
  v_order text;
  v_page_order text;
  v_pool integer := greatest(p_count_cap + 1, p_offset + p_limit);
  v_query tsquery;
  v_phrase tsquery := document_phrase_query(p_terms);
  v_parts text[] := '{}';
  v_term text;
  v_last integer := coalesce(cardinality(p_terms), 0);
  v_alternatives text[];
  v_anagrams text[];
  v_match text := 'true';
  v_common text[];
  v_freqs real[];
  v_density real := 0;
  v_densities real[] := '{}';
  v_rows real;
  v_window integer;
  v_walkable boolean;
  v_share real := 1;
  v_found integer;
  v_ids integer[];
  v_tries integer;
BEGIN
  ids := '{}';
  total := 0;
  capped := false;
  matched_terms := '{}';
  v_order := CASE p_sort
    WHEN 'relevance' THEN 'd.issued_on DESC, d.id DESC'
    WHEN '-issuedOn' THEN 'd.issued_on DESC, d.id DESC'
    WHEN 'issuedOn' THEN 'd.issued_on, d.id'
    WHEN 'symbol' THEN 'd.issuer_abbr, d.type, d.doc_number, d.id'
  END;
  IF v_order IS NULL THEN
    RAISE EXCEPTION 'unknown sort %', p_sort;
  END IF;
  IF v_scope IS NULL OR p_limit < 1 OR p_offset < 0 OR p_count_cap < 1 THEN
    RETURN;
  END IF;
  -- The scope's units (what the units policy shows the caller), narrowed to the filter unit's subtree
  -- when that unit is itself in scope; an out-of-scope filter unit leaves nothing.
  v_units := ARRAY(
    SELECT u.id FROM units u
     WHERE u.path <@ v_scope
       AND (p_unit_id IS NULL OR u.path <@ (SELECT f.path FROM units f WHERE f.id = p_unit_id AND f.path <@ v_scope)));
  IF cardinality(v_units) = 0 THEN
    RETURN;
  END IF;
  -- A scope that holds every unit with documents needs no unit condition, and would tempt the
  -- planner into reading the unit index for all rows.
  IF p_unit_id IS NULL AND (SELECT count(*) FROM units u WHERE NOT u.path <@ v_scope) <= 100
     AND NOT EXISTS (SELECT 1 FROM units u WHERE NOT u.path <@ v_scope AND EXISTS (SELECT 1 FROM documents x WHERE x.unit_id = u.id)) THEN
    v_where := 'true';
  END IF;
  -- Reading in date order pays for every row a unit, type or topic filter drops: their share of
  -- documents. The units' share is their most-common-value frequencies (a province has some dozens
  -- of issuing units, all of them there); units missing from the statistics are not walked.
  v_walkable := true;
  IF v_where <> 'true' THEN
    v_share := coalesce((SELECT sum(m.freq) FROM pg_stats s, unnest(s.most_common_vals::text::int[], s.most_common_freqs) AS m(val, freq)
                          WHERE s.schemaname = 'public' AND s.tablename = 'documents' AND s.attname = 'unit_id' AND m.val = ANY(v_units)), 0);
    v_walkable := v_share > 0;
  END IF;
  IF p_type IS NOT NULL THEN
    v_where := v_where || ' AND d.type = $3';
    v_share := v_share * coalesce((SELECT m.freq FROM pg_stats s, unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS m(val, freq)
                                    WHERE s.schemaname = 'public' AND s.tablename = 'documents' AND s.attname = 'type' AND m.val = p_type), 0.01);
  END IF;
  IF p_topic IS NOT NULL THEN
    v_where := v_where || ' AND d.topics @> ARRAY[$4]';
    v_share := v_share * coalesce((SELECT m.freq FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS m(val, freq)
                                    WHERE s.schemaname = 'public' AND s.tablename = 'documents' AND s.attname = 'topics' AND m.val = p_topic), 0.01);
  END IF;
  IF p_from IS NOT NULL THEN v_where := v_where || ' AND d.issued_on >= $5'; END IF;
  IF p_to IS NOT NULL THEN v_where := v_where || ' AND d.issued_on <= $6'; END IF;
  v_page_order := v_order;

  IF v_last > 0 THEN
    SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs INTO v_common, v_freqs
      FROM pg_stats s WHERE s.schemaname = 'public' AND s.tablename = 'documents' AND s.attname = 'search_vector';
    FOR i IN 1..v_last LOOP
      v_term := p_terms[i];
      IF EXISTS (SELECT 1 FROM document_words w
                  WHERE w.word = v_term OR (i = v_last AND left(w.word, length(v_term)) = v_term)) THEN
        v_alternatives := ARRAY[v_term];
      ELSE
        -- A swapped pair of letters is the likeliest slip: the anagrams if there are any.
        SELECT array_agg(c.word ORDER BY c.freq DESC, c.word) FILTER (WHERE c.letters = sorted_letters(v_term)),
               (array_agg(c.word ORDER BY c.freq DESC, c.word))[1:5]
          INTO v_anagrams, v_alternatives
          FROM (SELECT w.word, sorted_letters(w.word) AS letters, coalesce(v_freqs[array_position(v_common, w.word)], 0) AS freq
                  FROM document_words w WHERE w.variants && word_deletions(v_term)) c;
        v_alternatives := coalesce(v_anagrams, v_alternatives);
        IF v_alternatives IS NULL THEN
          RETURN;
        END IF;
      END IF;
      matched_terms := matched_terms || v_alternatives;
      v_parts := v_parts || ('(' || (SELECT string_agg(quote_literal(a) || CASE WHEN a = v_term AND i = v_last THEN ':*' ELSE '' END, ' | ')
                                      FROM unnest(v_alternatives) a) || ')');
      -- The share of documents with this syllable: its most-common-element frequency, or the
      -- sum over the words it is a prefix of; a syllable not among them is rare.
      v_densities := v_densities || coalesce(
        (SELECT sum(m.freq) FROM unnest(v_common, v_freqs[1:cardinality(v_common)]) AS m(word, freq)
          WHERE m.word = ANY(v_alternatives) OR (i = v_last AND left(m.word, length(v_term)) = v_term)), 0)::real;
    END LOOP;
    v_density := (SELECT min(x) FROM unnest(v_densities) x);
    v_query := to_tsquery('simple', array_to_string(v_parts, ' & '));
    IF p_sort = 'relevance' THEN
      -- The typed phrase first, then a match in the number/symbol or title, then cover density over
      -- the whole text; only the newest p_rank_pool matches are ranked (n numbers the pool), the rest
      -- follow newest first, the same for every page.
      v_page_order := 'CASE WHEN d.n <= $11 THEN (CASE WHEN d.search_vector @@ $12 THEN 2 ELSE 0 END'
                      || ' + CASE WHEN document_title_vector(d.symbol, d.title_folded) @@ $2 THEN 1 ELSE 0 END'
                      || ' + ts_rank_cd(d.search_vector, $2, 32)) END DESC NULLS LAST, ' || v_order;
    END IF;
    v_match := 'd.search_vector @@ $2';
  END IF;

  -- Reading the newest documents in order until the pool fills costs about v_pool / density rows,
  -- collecting every index hit about density × rows: the first wins for broad queries. The
  -- syllables' own frequencies only bound the density of their conjunction from above (a phrase of
  -- ten common syllables matches far fewer documents than its rarest one), so a first short walk
  -- that falls short measures the real density, and a second, longer walk runs when that density
  -- still favours reading in date order; otherwise the GIN index collects the matches.
  SELECT greatest(c.reltuples, 1) INTO v_rows FROM pg_class c WHERE c.oid = 'documents'::regclass;
  v_tries := 0;
  WHILE v_walkable AND v_last > 0 AND p_sort <> 'symbol' AND v_density > 0 AND v_tries < 2
        AND 2 * v_pool / (v_density * v_share) < 3 * v_density * v_rows LOOP
    v_tries := v_tries + 1;
    v_window := ceil(2 * v_pool / v_density);
    EXECUTE format(
      'SELECT count(*)::int, (array_agg(d.id ORDER BY %s))[$8 + 1 : $8 + $7]
         FROM (SELECT d.*, row_number() OVER (ORDER BY %s) AS n
                 FROM (SELECT d.id, d.issued_on, d.issuer_abbr, d.type, d.doc_number, d.symbol, d.title_folded, d.search_vector
                         FROM documents d WHERE %s ORDER BY %s LIMIT $10) d
                WHERE ts_match_vq(d.search_vector, $2) ORDER BY %s LIMIT $9) d',
      v_page_order, v_order, v_where, v_order, v_order)
      INTO v_found, v_ids USING v_units, v_query, p_type, p_topic, p_from, p_to, p_limit, p_offset, v_pool, v_window, p_rank_pool, v_phrase;
    IF v_found >= v_pool THEN
      ids := coalesce(v_ids, '{}');
      total := p_count_cap;
      capped := true;
      RETURN;
    END IF;
    -- The window held every row, or the density measured on it (among the rows the filters pass,
    -- as the window counts them) decides whether a longer walk is worth it.
    EXIT WHEN v_window >= v_rows OR v_found = 0;
    v_density := v_found::real / v_window;
  END LOOP;

  EXECUTE format(
    'SELECT count(*)::int, (array_agg(d.id ORDER BY %s))[$8 + 1 : $8 + $7]
       FROM (SELECT d.*, row_number() OVER (ORDER BY %s) AS n
               FROM (SELECT d.id, d.issued_on, d.issuer_abbr, d.type, d.doc_number, d.symbol, d.title_folded, d.search_vector
                       FROM documents d WHERE %s AND %s ORDER BY %s LIMIT $9) d) d',
    v_page_order, v_order, v_where, v_match, v_order)
    INTO v_found, v_ids USING v_units, v_query, p_type, p_topic, p_from, p_to, p_limit, p_offset, v_pool, NULL::integer, p_rank_pool, v_phrase;
  ids := coalesce(v_ids, '{}');
  total := least(v_found, p_count_cap);
  capped := v_found > p_count_cap;
END $$;
REVOKE ALL ON FUNCTION search_document_page(text[], text, text, integer, date, date, text, integer, integer, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION search_document_page(text[], text, text, integer, date, date, text, integer, integer, integer, integer) TO danvan_app;
