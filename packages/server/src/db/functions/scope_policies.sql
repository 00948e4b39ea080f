-- Row-level security: a transaction of the application role (danvan_app, db/scope.ts) sees only the
-- rows of the units under app_scope(), its scope root: units by their path, every other table
-- through the unit (or the parent row) it belongs to, so that the scope follows a unit wherever it
-- moves. The migrations enable RLS on each table; these are its policies. A table with RLS and no
-- policy here shows the application nothing. The catalogues (unit_types, indicators,
-- democracy_checklist_items, movement_kinds, rollup_slots) and the search vocabulary (document_words)
-- hold no unit's data and have no RLS. Applied after scope.sql and scope_lookups.sql (name order).

-- Units, accounts, sessions, audit (migration 20261124_0001).
DROP POLICY IF EXISTS units_in_scope ON units;
CREATE POLICY units_in_scope ON units
  USING (path <@ app_scope()) WITH CHECK (path <@ app_scope());
DROP POLICY IF EXISTS unit_events_in_scope ON unit_events;
CREATE POLICY unit_events_in_scope ON unit_events
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = unit_events.unit_id));
DROP POLICY IF EXISTS users_in_scope ON users;
CREATE POLICY users_in_scope ON users
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = users.unit_id));
DROP POLICY IF EXISTS sessions_in_scope ON sessions;
CREATE POLICY sessions_in_scope ON sessions
  USING (EXISTS (SELECT 1 FROM users x WHERE x.id = sessions.user_id));
DROP POLICY IF EXISTS audit_log_in_scope ON audit_log;
CREATE POLICY audit_log_in_scope ON audit_log
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = audit_log.unit_id));

-- Reports (20261124_0002) and their rollup (20261124_0011).
-- A round is visible within its opener's subtree, and to the units below the opener.
DROP POLICY IF EXISTS reporting_rounds_in_scope ON reporting_rounds;
CREATE POLICY reporting_rounds_in_scope ON reporting_rounds
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = reporting_rounds.opener_unit_id)
         OR unit_is_above_scope(reporting_rounds.opener_unit_id))
  WITH CHECK (EXISTS (SELECT 1 FROM units u WHERE u.id = reporting_rounds.opener_unit_id));
DROP POLICY IF EXISTS reports_in_scope ON reports;
CREATE POLICY reports_in_scope ON reports
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = reports.unit_id));
DROP POLICY IF EXISTS report_values_in_scope ON report_values;
CREATE POLICY report_values_in_scope ON report_values
  USING (EXISTS (SELECT 1 FROM reports r WHERE r.id = report_values.report_id));
DROP POLICY IF EXISTS report_versions_in_scope ON report_versions;
CREATE POLICY report_versions_in_scope ON report_versions
  USING (EXISTS (SELECT 1 FROM reports r WHERE r.id = report_versions.report_id));
-- The scope check as one primary-key lookup per row read. As EXISTS, PostgreSQL hashed every unit
-- of the caller's scope first (14,000 for the whole country) to filter a few hundred rows.
DROP POLICY IF EXISTS rollup_periods_in_scope ON rollup_periods;
CREATE POLICY rollup_periods_in_scope ON rollup_periods
  USING ((SELECT u.path FROM units u WHERE u.id = rollup_periods.unit_id) <@ app_scope());

-- Documents (20261124_0004).
DROP POLICY IF EXISTS documents_in_scope ON documents;
CREATE POLICY documents_in_scope ON documents
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = documents.unit_id));
DROP POLICY IF EXISTS document_attachments_in_scope ON document_attachments;
CREATE POLICY document_attachments_in_scope ON document_attachments
  USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_attachments.document_id));

-- Movements and "Dân vận khéo" models (20261124_0005, 20261124_0010).
-- Visible in the launching unit's subtree, and to the units below it that take part.
DROP POLICY IF EXISTS movements_in_scope ON movements;
CREATE POLICY movements_in_scope ON movements
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = movements.owner_unit_id) OR unit_is_above_scope(movements.owner_unit_id))
  WITH CHECK (EXISTS (SELECT 1 FROM units u WHERE u.id = movements.owner_unit_id));
DROP POLICY IF EXISTS movement_participants_in_scope ON movement_participants;
CREATE POLICY movement_participants_in_scope ON movement_participants
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = movement_participants.unit_id));
DROP POLICY IF EXISTS models_in_scope ON models;
CREATE POLICY models_in_scope ON models
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = models.unit_id));
DROP POLICY IF EXISTS model_evaluations_in_scope ON model_evaluations;
CREATE POLICY model_evaluations_in_scope ON model_evaluations
  USING (EXISTS (SELECT 1 FROM models m WHERE m.id = model_evaluations.model_id));
DROP POLICY IF EXISTS model_photos_in_scope ON model_photos;
CREATE POLICY model_photos_in_scope ON model_photos
  USING (EXISTS (SELECT 1 FROM models m WHERE m.id = model_photos.model_id));

-- Members of the mass organisations (20261124_0008).
DROP POLICY IF EXISTS member_counts_in_scope ON member_counts;
CREATE POLICY member_counts_in_scope ON member_counts
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = member_counts.unit_id))
  WITH CHECK (EXISTS (SELECT 1 FROM units u WHERE u.id = member_counts.unit_id));

-- Grassroots democracy (20261124_0009).
DROP POLICY IF EXISTS democracy_assessments_in_scope ON democracy_assessments;
CREATE POLICY democracy_assessments_in_scope ON democracy_assessments
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = democracy_assessments.unit_id));
DROP POLICY IF EXISTS democracy_entries_in_scope ON democracy_entries;
CREATE POLICY democracy_entries_in_scope ON democracy_entries
  USING (EXISTS (SELECT 1 FROM democracy_assessments a WHERE a.id = democracy_entries.assessment_id));
DROP POLICY IF EXISTS democracy_attachments_in_scope ON democracy_attachments;
CREATE POLICY democracy_attachments_in_scope ON democracy_attachments
  USING (EXISTS (SELECT 1 FROM democracy_assessments a WHERE a.id = democracy_attachments.assessment_id));

-- Tasks (20261206_0027): a task is visible where its owner unit is; the giver is always at or above
-- the owner, so the giver's subtree holds it too.
DROP POLICY IF EXISTS tasks_in_scope ON tasks;
CREATE POLICY tasks_in_scope ON tasks
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = tasks.owner_unit_id))
  WITH CHECK (EXISTS (SELECT 1 FROM units u WHERE u.id = tasks.owner_unit_id));
DROP POLICY IF EXISTS task_updates_in_scope ON task_updates;
CREATE POLICY task_updates_in_scope ON task_updates
  USING (EXISTS (SELECT 1 FROM tasks t WHERE t.id = task_updates.task_id));
DROP POLICY IF EXISTS task_attachments_in_scope ON task_attachments;
CREATE POLICY task_attachments_in_scope ON task_attachments
  USING (EXISTS (SELECT 1 FROM tasks t WHERE t.id = task_attachments.task_id));
DROP POLICY IF EXISTS task_extensions_in_scope ON task_extensions;
CREATE POLICY task_extensions_in_scope ON task_extensions
  USING (EXISTS (SELECT 1 FROM tasks t WHERE t.id = task_extensions.task_id));

-- Commendations (20261206_0029). People and their records where their unit is; a campaign in its
-- owner's subtree and to the units below the owner (who nominate); nominations, quotas and recipients
-- where the nominating unit is; decisions with their campaign.
DROP POLICY IF EXISTS commendation_people_in_scope ON commendation_people;
CREATE POLICY commendation_people_in_scope ON commendation_people
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = commendation_people.unit_id));
DROP POLICY IF EXISTS person_service_periods_in_scope ON person_service_periods;
CREATE POLICY person_service_periods_in_scope ON person_service_periods
  USING (EXISTS (SELECT 1 FROM commendation_people p WHERE p.id = person_service_periods.person_id));
DROP POLICY IF EXISTS person_awards_in_scope ON person_awards;
CREATE POLICY person_awards_in_scope ON person_awards
  USING (EXISTS (SELECT 1 FROM commendation_people p WHERE p.id = person_awards.person_id));
DROP POLICY IF EXISTS person_disciplines_in_scope ON person_disciplines;
CREATE POLICY person_disciplines_in_scope ON person_disciplines
  USING (EXISTS (SELECT 1 FROM commendation_people p WHERE p.id = person_disciplines.person_id));
DROP POLICY IF EXISTS commendation_campaigns_in_scope ON commendation_campaigns;
CREATE POLICY commendation_campaigns_in_scope ON commendation_campaigns
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = commendation_campaigns.owner_unit_id)
         OR unit_is_above_scope(commendation_campaigns.owner_unit_id))
  WITH CHECK (EXISTS (SELECT 1 FROM units u WHERE u.id = commendation_campaigns.owner_unit_id));
DROP POLICY IF EXISTS campaign_quotas_in_scope ON campaign_quotas;
CREATE POLICY campaign_quotas_in_scope ON campaign_quotas
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = campaign_quotas.unit_id));
DROP POLICY IF EXISTS nominations_in_scope ON nominations;
CREATE POLICY nominations_in_scope ON nominations
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = nominations.unit_id));
DROP POLICY IF EXISTS nomination_evidence_in_scope ON nomination_evidence;
CREATE POLICY nomination_evidence_in_scope ON nomination_evidence
  USING (EXISTS (SELECT 1 FROM nominations n WHERE n.id = nomination_evidence.nomination_id));
DROP POLICY IF EXISTS commendation_decisions_in_scope ON commendation_decisions;
CREATE POLICY commendation_decisions_in_scope ON commendation_decisions
  USING (EXISTS (SELECT 1 FROM commendation_campaigns c WHERE c.id = commendation_decisions.campaign_id))
  WITH CHECK (EXISTS (SELECT 1 FROM commendation_campaigns c JOIN units u ON u.id = c.owner_unit_id
                       WHERE c.id = commendation_decisions.campaign_id));
DROP POLICY IF EXISTS commendation_recipients_in_scope ON commendation_recipients;
CREATE POLICY commendation_recipients_in_scope ON commendation_recipients
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = commendation_recipients.unit_id));
