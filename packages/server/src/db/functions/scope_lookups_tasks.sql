-- The tasks module's lookup for other modules' row-level security (after scope_lookups.sql, before
-- scope_policies_conferences.sql, by name order): the owner units of the tasks given, read past the
-- tasks' own policies. Only unit ids leave it, never a task's text.
CREATE OR REPLACE FUNCTION task_owner_units(p_task_ids integer[]) RETURNS SETOF integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT owner_unit_id FROM tasks WHERE id = ANY(p_task_ids)
$$;
REVOKE ALL ON FUNCTION task_owner_units(integer[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION task_owner_units(integer[]) TO danvan_app;
