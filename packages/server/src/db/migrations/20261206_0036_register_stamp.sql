-- The registers' version: one counter that every write to a register table moves (a statement-level trigger),
-- so a figure computed from the registers (a report's computed figures and highlights, its issuing body) can be
-- kept between requests and used only while the version read with it is still the current one. Its row's
-- version (xmin, cmin) changes with every write whichever process or session makes it, and a write that is rolled
-- back leaves a version no later read can see, so nothing computed inside it is ever taken for the committed data.
-- One row, not one per table: every writer of a register waits for the one before it to commit, which cannot
-- deadlock, and register writes are officials' entries, not the request traffic.
CREATE TABLE register_stamp (
  only_row boolean PRIMARY KEY DEFAULT true CONSTRAINT register_stamp_one_row CHECK (only_row),
  stamp bigint NOT NULL DEFAULT 0
);
INSERT INTO register_stamp DEFAULT VALUES;
GRANT SELECT ON register_stamp TO danvan_app;

-- Runs as its owner: the application role reads the stamp but never writes it directly.
CREATE FUNCTION register_stamp_bump() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE register_stamp SET stamp = stamp + 1;
  RETURN NULL;
END
$$;

-- Every table but the ones no register figure is computed from: a table added later gets the trigger in its own
-- migration (db/register-stamp.test.ts lists any that has neither the trigger nor a place in this list).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       AND c.relname NOT IN (
         'register_stamp', 'schema_migrations', 'schema_functions',
         -- sign-in and the log: written by every request or use case
         'sessions', 'login_throttle', 'audit_log',
         -- the reports themselves and what they roll up: a view reads those fresh on every request
         'reports', 'report_values', 'report_versions', 'rollup_periods', 'rollup_slots', 'reporting_rounds',
         'indicators',
         -- the search index and the text extraction queue's columns, rewritten in the background
         'document_words', 'document_attachments', 'conference_files', 'task_attachments', 'democracy_attachments',
         'model_photos')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER register_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION register_stamp_bump()',
      t);
  END LOOP;
END
$$;
