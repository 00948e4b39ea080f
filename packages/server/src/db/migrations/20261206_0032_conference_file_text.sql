-- The text of a conference's speeches and attachments, read by the same durable extraction queue as
-- the documents' attachments (files/extraction-queue.ts), so the conference search finds a speech by
-- what it says. The columns mean what document_attachments' do (20261124 text extraction).
ALTER TABLE conference_files
  ADD COLUMN text_content text NOT NULL DEFAULT '',
  ADD COLUMN text_status text NOT NULL DEFAULT 'pending'
    CONSTRAINT conference_files_text_status_check
    CHECK (text_status IN ('pending', 'extracted', 'partial', 'failed', 'none')),
  ADD COLUMN text_reason text
    CONSTRAINT conference_files_text_reason_check
    CHECK (text_reason IN ('pages', 'chars', 'timeout', 'memory', 'unreadable', 'attempts')),
  ADD COLUMN text_limit integer,
  ADD COLUMN text_pages integer,
  ADD COLUMN text_claimed_until timestamptz,
  ADD COLUMN text_attempts integer NOT NULL DEFAULT 0;

-- Pictures have no text layer to read: settled at once (as new ones are when stored).
UPDATE conference_files SET text_status = 'none' WHERE mime NOT IN ('application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document');

CREATE INDEX conference_files_pending_idx ON conference_files (id) WHERE text_status = 'pending';
