-- The bucket of a task in the follow-up reports (QĐ 42/2014/QĐ-TTg): the same rule as taskBucket()
-- in packages/shared/src/tasks/tasks.schemas.ts, held together by a table-driven test. Done on the
-- deadline day is on time; not done with the deadline today is still within it.
CREATE OR REPLACE FUNCTION task_bucket(p_due date, p_completed date, p_today date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
           WHEN p_completed IS NOT NULL THEN CASE WHEN p_completed <= p_due THEN 'on_time' ELSE 'late' END
           WHEN p_today <= p_due THEN 'in_progress'
           ELSE 'overdue'
         END
$$;
