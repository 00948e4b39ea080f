-- The names a unit signs its documents with (Hướng dẫn 36-HD/VPTW), kept as data because they are
-- customary rather than derivable: the short name under the superior body in the header ("BAN DÂN
-- VẬN" under "THÀNH ỦY SƠN HÀ") and the issuer abbreviation of a symbol ("53-BC/BDVTU"). NULL: the
-- reports module derives them from the unit's name.
ALTER TABLE units
  ADD COLUMN short_name text CHECK (short_name IS NULL OR length(short_name) BETWEEN 1 AND 120),
  ADD COLUMN abbreviation text CHECK (abbreviation IS NULL OR abbreviation ~ '^[A-ZĐ0-9][A-ZĐ0-9-]{0,29}$');

-- What a report's Word document was last exported with (number, date, who signs, "Nơi nhận"), so
-- the next export of the same report starts from it.
ALTER TABLE reports ADD COLUMN export_settings jsonb;

-- The leading bodies of the area directly above a unit (a city's province board), for the "Nơi
-- nhận" of the unit's report: the body its report goes up to "(b/c)". The area above lies outside
-- the reader's scope, so this definer function returns the bodies' names and types only, and only
-- for a unit within the reader's scope.
CREATE FUNCTION leading_bodies_above(p_unit_id integer)
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
