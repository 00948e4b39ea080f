-- Row-level security of the conferences (migration 20261206_0028), after scope_policies.sql (name order).
-- A conference is visible in its organiser's subtree, and to the units it reaches below a reader's
-- scope root: a bridge point's unit, an invited unit and a unit given a task from one of its conclusions
-- (which the notice of conclusions is sent to) read it even when the organiser is above them.

-- Whether a conference has a bridge point or an invited unit within the caller's scope. Those rows
-- have policies that read the conference, so the conference's own policy asks through this definer
-- function (a policy reading them directly would recurse); only a boolean leaks.
CREATE OR REPLACE FUNCTION conference_reaches_scope(p_conference_id integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT EXISTS (
    SELECT 1 FROM conference_bridge_points b JOIN units u ON u.id = b.unit_id
     WHERE b.conference_id = p_conference_id AND u.path <@ app_scope()
    UNION ALL
    SELECT 1 FROM conference_invitees i JOIN units u ON u.id = i.unit_id
     WHERE i.conference_id = p_conference_id AND u.path <@ app_scope()
    UNION ALL
    SELECT 1 FROM conference_conclusions c
      CROSS JOIN LATERAL task_owner_units(c.task_ids) AS owner(unit_id)
      JOIN units u ON u.id = owner.unit_id
     WHERE c.conference_id = p_conference_id AND u.path <@ app_scope())
$$;
REVOKE ALL ON FUNCTION conference_reaches_scope(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION conference_reaches_scope(integer) TO danvan_app;

DROP POLICY IF EXISTS conferences_in_scope ON conferences;
CREATE POLICY conferences_in_scope ON conferences
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = conferences.organiser_unit_id)
         OR conference_reaches_scope(conferences.id))
  WITH CHECK (EXISTS (SELECT 1 FROM units u WHERE u.id = conferences.organiser_unit_id));
-- The roster: the organiser's subtree sees every point; a point's unit sees its own point only.
DROP POLICY IF EXISTS conference_bridge_points_in_scope ON conference_bridge_points;
CREATE POLICY conference_bridge_points_in_scope ON conference_bridge_points
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = conference_bridge_points.unit_id)
         OR EXISTS (SELECT 1 FROM conferences c JOIN units u ON u.id = c.organiser_unit_id
                     WHERE c.id = conference_bridge_points.conference_id));
DROP POLICY IF EXISTS conference_invitees_in_scope ON conference_invitees;
CREATE POLICY conference_invitees_in_scope ON conference_invitees
  USING (EXISTS (SELECT 1 FROM conferences c WHERE c.id = conference_invitees.conference_id));
DROP POLICY IF EXISTS conference_attendees_in_scope ON conference_attendees;
CREATE POLICY conference_attendees_in_scope ON conference_attendees
  USING (EXISTS (SELECT 1 FROM conferences c WHERE c.id = conference_attendees.conference_id));
DROP POLICY IF EXISTS conference_agenda_items_in_scope ON conference_agenda_items;
CREATE POLICY conference_agenda_items_in_scope ON conference_agenda_items
  USING (EXISTS (SELECT 1 FROM conferences c WHERE c.id = conference_agenda_items.conference_id));
DROP POLICY IF EXISTS conference_files_in_scope ON conference_files;
CREATE POLICY conference_files_in_scope ON conference_files
  USING (EXISTS (SELECT 1 FROM conferences c WHERE c.id = conference_files.conference_id));
DROP POLICY IF EXISTS conference_conclusions_in_scope ON conference_conclusions;
CREATE POLICY conference_conclusions_in_scope ON conference_conclusions
  USING (EXISTS (SELECT 1 FROM conferences c WHERE c.id = conference_conclusions.conference_id));
