-- The caller's scope root, set per transaction (db/scope.ts: inScope); NULL (no rows) when unset,
-- never "everything". Every policy in scope_policies.sql and every definer function that answers
-- for a scope reads it.
CREATE OR REPLACE FUNCTION app_scope() RETURNS ltree
LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('danvan.scope', true), '')::ltree $$;
