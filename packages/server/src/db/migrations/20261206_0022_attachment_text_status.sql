-- Text extraction moved off the upload request (a worker thread after the upload answers): each
-- attachment says how far it got. pending: waiting or running (a process that dies leaves it so, and
-- the next start picks it up); extracted; partial: a cap was reached (text_reason pages or chars,
-- text_limit the cap); failed: nothing usable (timeout, memory, unreadable, attempts), the file kept;
-- none: read, but no text layer (a scanned PDF).
ALTER TABLE document_attachments
  ADD COLUMN text_status text NOT NULL DEFAULT 'pending'
    CONSTRAINT document_attachments_text_status_check
    CHECK (text_status IN ('pending', 'extracted', 'partial', 'failed', 'none')),
  ADD COLUMN text_reason text
    CONSTRAINT document_attachments_text_reason_check
    CHECK (text_reason IN ('pages', 'chars', 'timeout', 'memory', 'unreadable', 'attempts')),
  ADD COLUMN text_limit integer,
  -- Pages the file declares (PDF), when read.
  ADD COLUMN text_pages integer,
  -- The extraction's lease: a process claims a pending attachment until then, so two processes on
  -- one database do not both extract it, and one that died leaves it to the next after the lease.
  ADD COLUMN text_claimed_until timestamptz,
  ADD COLUMN text_attempts integer NOT NULL DEFAULT 0;

-- Attachments stored before: extracted while uploading.
UPDATE document_attachments SET text_status = CASE WHEN text_content = '' THEN 'none' ELSE 'extracted' END;

CREATE INDEX document_attachments_pending_idx ON document_attachments (id) WHERE text_status = 'pending';
