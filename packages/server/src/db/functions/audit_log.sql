-- Append-only: no role may rewrite history (a restore truncates, which row triggers do not see).
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE OR REPLACE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Whom the log names: the full name of the account that acted. An account above the reader's scope
-- (the province approving a city's report) is hidden from the reader by RLS; the log still names
-- whoever acted on the records it shows, and nothing else of the account.
CREATE OR REPLACE FUNCTION audit_actor_name(p_user_id integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT full_name FROM users WHERE id = p_user_id
$$;
REVOKE ALL ON FUNCTION audit_actor_name(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_actor_name(integer) TO danvan_app;

-- The name of a record whose changes do not carry one: a report is its round's title and its unit,
-- a round its title, a nomination its person (or collective) and campaign, a task its title and owner,
-- a checklist or a member count its unit and period. Without it the log read "Hồ sơ đề nghị khen
-- thưởng" or "Hội nghị" alone for every approval, vote or step. Runs as the reader, so only records
-- the reader may see are named.
CREATE OR REPLACE FUNCTION audit_record_name(p_entity_type text, p_entity_id text) RETURNS text
LANGUAGE sql STABLE
AS $$
  SELECT CASE WHEN p_entity_id ~ '^[0-9]{1,9}$' THEN CASE p_entity_type
    WHEN 'report' THEN (SELECT ro.title || ' – ' || u.name
                          FROM reports r
                          JOIN reporting_rounds ro ON ro.id = r.round_id
                          JOIN units u ON u.id = r.unit_id
                         WHERE r.id = p_entity_id::integer)
    WHEN 'round' THEN (SELECT title FROM reporting_rounds WHERE id = p_entity_id::integer)
    WHEN 'nomination' THEN (SELECT coalesce(p.full_name, cu.name) || ' – ' || c.title
                              FROM nominations n
                              JOIN commendation_campaigns c ON c.id = n.campaign_id
                              LEFT JOIN commendation_people p ON p.id = n.person_id
                              LEFT JOIN units cu ON cu.id = n.collective_unit_id
                             WHERE n.id = p_entity_id::integer)
    WHEN 'campaign' THEN (SELECT title FROM commendation_campaigns WHERE id = p_entity_id::integer)
    WHEN 'commendation_person' THEN (SELECT full_name FROM commendation_people WHERE id = p_entity_id::integer)
    WHEN 'conference' THEN (SELECT title FROM conferences WHERE id = p_entity_id::integer)
    WHEN 'task' THEN (SELECT t.title || ' – ' || u.name
                        FROM tasks t JOIN units u ON u.id = t.owner_unit_id
                       WHERE t.id = p_entity_id::integer)
    WHEN 'model' THEN (SELECT name FROM models WHERE id = p_entity_id::integer)
    WHEN 'movement' THEN (SELECT name FROM movements WHERE id = p_entity_id::integer)
    WHEN 'democracy_assessment' THEN (SELECT u.name || ' – ' || a.year
                                        FROM democracy_assessments a JOIN units u ON u.id = a.unit_id
                                       WHERE a.id = p_entity_id::integer)
    WHEN 'member_count' THEN (SELECT u.name || ' – ' || CASE m.period_kind WHEN 'month' THEN 'tháng ' ELSE 'quý ' END
                                       || m.period_index || '/' || m.year
                                FROM member_counts m JOIN units u ON u.id = m.unit_id
                               WHERE m.id = p_entity_id::integer)
  END END
$$;
GRANT EXECUTE ON FUNCTION audit_record_name(text, text) TO danvan_app;
