-- The vocabulary of document search, which corrects typos by it (the search itself, and the triggers
-- that keep this table, are in functions/document_search.sql).

-- Every folded syllable that occurs in a document (search_vector's lexemes), with its single-letter
-- deletions: a typed syllable that occurs nowhere is corrected to the words it shares a deletion
-- with ("thaoi" → "thoai", "bnag" → "bang", "vn" → "van"). Only grows; read only by the search function.
-- word_deletions() stays here, not in functions/: the stored column is computed from it.
CREATE FUNCTION word_deletions(word text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT array_agg(DISTINCT v) FROM (SELECT word AS v UNION ALL SELECT overlay(word PLACING '' FROM i FOR 1) FROM generate_series(1, length(word)) i) x $$;

CREATE TABLE document_words (
  word text PRIMARY KEY,
  variants text[] GENERATED ALWAYS AS (word_deletions(word)) STORED
);
CREATE INDEX document_words_variants_idx ON document_words USING gin (variants);
INSERT INTO document_words (word)
SELECT DISTINCT w FROM documents, unnest(tsvector_to_array(search_vector)) w ORDER BY w;
