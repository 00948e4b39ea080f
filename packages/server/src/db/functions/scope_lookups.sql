-- The few answers a caller may get from beyond its scope, which row-level security hides: each a
-- definer function (it runs as the owner, whom RLS does not limit) that returns as little as the
-- question needs. Applied after scope.sql (name order): they read app_scope().

-- Whether a unit lies above the caller's scope. Units above are hidden by RLS, yet a round
-- opened there must be visible to the units below that report in it; only a boolean leaks.
CREATE OR REPLACE FUNCTION unit_is_above_scope(p_unit_id integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM units WHERE id = p_unit_id AND path @> app_scope()) $$;
REVOKE ALL ON FUNCTION unit_is_above_scope(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION unit_is_above_scope(integer) TO danvan_app;

-- Which of these codes are taken by open units anywhere, scope or not: an import must refuse
-- a code used in another branch, and RLS would hide that unit. Returns the codes only.
CREATE OR REPLACE FUNCTION open_unit_codes_in_use(codes text[]) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT code FROM units WHERE closed_on IS NULL AND code = ANY(codes) $$;
REVOKE ALL ON FUNCTION open_unit_codes_in_use(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION open_unit_codes_in_use(text[]) TO danvan_app;

-- The leading bodies of the area directly above a unit (a city's province board), for the "Nơi
-- nhận" of the unit's report: the body its report goes up to "(b/c)". The area above lies outside
-- the reader's scope, so this definer function returns the bodies' names and types only, and only
-- for a unit within the reader's scope.
CREATE OR REPLACE FUNCTION leading_bodies_above(p_unit_id integer)
RETURNS TABLE (name text, type text, short_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT b.name, b.type, b.short_name
    FROM units u
    JOIN units b ON b.parent_id = u.parent_id
    JOIN unit_types t ON t.code = b.type
   WHERE u.id = p_unit_id AND u.path <@ app_scope() AND t.governs_area AND b.closed_on IS NULL
   ORDER BY t.sort_order, b.id
$$;
REVOKE ALL ON FUNCTION leading_bodies_above(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leading_bodies_above(integer) TO danvan_app;

-- An approved report states its subtree's totals as they were when it was approved: the reports
-- below it in the same round may then be neither approved nor reopened until it is reopened
-- itself. The approver of a ward may not see the province's report; only the name of the
-- nearest approved unit above leaks, for the message.
CREATE OR REPLACE FUNCTION approved_report_above(p_report_id integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT above.name
    FROM reports r
    JOIN units u ON u.id = r.unit_id
    JOIN reports ar ON ar.round_id = r.round_id AND ar.status = 'approved'
    JOIN units above ON above.id = ar.unit_id
   WHERE r.id = p_report_id AND above.path @> u.path AND above.id <> u.id
   ORDER BY nlevel(above.path) DESC
   LIMIT 1
$$;
REVOKE ALL ON FUNCTION approved_report_above(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION approved_report_above(integer) TO danvan_app;

-- The name of a unit above the reader's scope, by its path: where a nomination waits on its way up
-- (the city over the ward that nominated). Names of the units above are printed on every document
-- a unit sends up; nothing else of their rows is returned.
CREATE OR REPLACE FUNCTION unit_name_above_scope(p_path ltree) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT name FROM units WHERE path = p_path AND path @> app_scope() $$;
REVOKE ALL ON FUNCTION unit_name_above_scope(ltree) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION unit_name_above_scope(ltree) TO danvan_app;
