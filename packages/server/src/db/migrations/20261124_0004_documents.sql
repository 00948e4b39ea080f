-- Documents a unit issued or advised on (văn bản chỉ đạo), with accent-insensitive full-text search
-- over number/symbol, title, summary, signer and the text of attached files.

CREATE TABLE documents (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units(id),
  type text NOT NULL,
  symbol text NOT NULL,
  doc_number integer NOT NULL,
  issuer_abbr text NOT NULL,
  issued_on date NOT NULL,
  signer text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  topics text[] NOT NULL DEFAULT '{}',
  role text NOT NULL DEFAULT 'issued' CHECK (role IN ('issued', 'advised')),
  -- Plain text of the attachments, kept for search and snippets.
  attachment_text text NOT NULL DEFAULT '',
  -- Syllables of the folded text; the symbol also split on its punctuation so "53 kh" finds 53-KH/….
  search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple',
      regexp_replace(vi_fold(symbol), '[^a-z0-9]+', ' ', 'g') || ' ' ||
      vi_fold(title) || ' ' || vi_fold(summary) || ' ' || vi_fold(signer) || ' ' || vi_fold(left(attachment_text, 500000)))
  ) STORED,
  title_folded text GENERATED ALWAYS AS (vi_fold(title)) STORED,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Numbers restart per type and party-committee term: unique per issuer, type and year.
CREATE UNIQUE INDEX documents_symbol_key ON documents (issuer_abbr, type, doc_number, (extract(year FROM issued_on)));
CREATE INDEX documents_search_idx ON documents USING gin (search_vector);
CREATE INDEX documents_title_trgm ON documents USING gin (title_folded gin_trgm_ops);
CREATE INDEX documents_unit_date_idx ON documents (unit_id, issued_on);
CREATE INDEX documents_issued_idx ON documents (issued_on);

CREATE TABLE document_attachments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id integer NOT NULL REFERENCES documents(id),
  file_name text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  text_content text NOT NULL DEFAULT '',
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_attachments_document_idx ON document_attachments (document_id);

GRANT SELECT, INSERT, UPDATE ON documents, document_attachments TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE document_attachments ENABLE ROW LEVEL SECURITY;
