-- Tasks (nhiệm vụ): given by a unit to the units below it, followed up until the giver accepts them
-- as done. A task given to several units is a parent (owned by the giver, status 'cascaded') with
-- one child per unit. The bucket of the follow-up reports (on time, late, within deadline,
-- overdue) is never stored: task_bucket() (db/functions/task_bucket.sql) computes it from due_on,
-- completed_on and the day.

CREATE TABLE tasks (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id integer REFERENCES tasks(id),
  title text NOT NULL,
  source_kind text NOT NULL CHECK (source_kind IN ('direct', 'conference', 'report', 'document')),
  -- The record the task comes from in its own module (a report, a document, later a conference):
  -- no foreign key, since the source may live in a module (conferences) this table must not wait for.
  source_ref_id integer,
  source_text text NOT NULL DEFAULT '',
  assigner_unit_id integer NOT NULL REFERENCES units(id),
  -- The giver's name when the task was given: the owner below sees it, not the giver's unit row.
  assigner_name text NOT NULL,
  owner_unit_id integer NOT NULL REFERENCES units(id),
  owner_person text NOT NULL DEFAULT '',
  cooperating_unit_ids integer[] NOT NULL DEFAULT '{}',
  priority text NOT NULL CHECK (priority IN ('normal', 'high', 'urgent')),
  expected_result text NOT NULL DEFAULT '',
  assigned_on date NOT NULL,
  deadline date NOT NULL,
  -- The deadline with approved extensions (task_extensions), the date the buckets are counted against.
  due_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'returned', 'proposed', 'cascaded', 'done')),
  -- A parent given to several units: counted through its children, never itself.
  cascaded boolean NOT NULL DEFAULT false,
  -- The day the giver accepted the completion (for a parent: the day its last child was accepted).
  completed_on date CHECK ((status = 'done') = (completed_on IS NOT NULL)),
  percent integer CHECK (percent BETWEEN 0 AND 100),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_owner_due_idx ON tasks (owner_unit_id, due_on);
CREATE INDEX tasks_assigner_status_idx ON tasks (assigner_unit_id, status);
CREATE INDEX tasks_parent_idx ON tasks (parent_id);

-- What the owner reported (progress, a proposal of completion) and what the giver answered.
CREATE TABLE task_updates (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id integer NOT NULL REFERENCES tasks(id),
  kind text NOT NULL CHECK (kind IN ('progress', 'proposal', 'accepted', 'returned')),
  note text NOT NULL DEFAULT '',
  percent integer CHECK (percent BETWEEN 0 AND 100),
  -- Registered documents cited as evidence (documents register); checked in scope when written.
  document_ids integer[] NOT NULL DEFAULT '{}',
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_updates_task_idx ON task_updates (task_id, id);

CREATE TABLE task_attachments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id integer NOT NULL REFERENCES tasks(id),
  file_name text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (task_id, sha256)
);

CREATE TABLE task_extensions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id integer NOT NULL REFERENCES tasks(id),
  previous_due date NOT NULL,
  new_deadline date NOT NULL CHECK (new_deadline > previous_due),
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
  comment text NOT NULL DEFAULT '',
  requested_by integer REFERENCES users(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by integer REFERENCES users(id),
  decided_at timestamptz
);
-- One request waits at a time.
CREATE UNIQUE INDEX task_extensions_pending_key ON task_extensions (task_id) WHERE status = 'pending';

GRANT SELECT, INSERT, UPDATE ON tasks, task_updates, task_attachments, task_extensions TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE task_updates ENABLE ROW LEVEL SECURITY;
ALTER TABLE task_attachments ENABLE ROW LEVEL SECURITY;
ALTER TABLE task_extensions ENABLE ROW LEVEL SECURITY;

-- The four buckets become indicators of every catalogue year that has the default leadership rows,
-- computed from the tasks (modules/tasks/tasks.indicators.ts), placed after the leadership section.
CREATE TEMPORARY TABLE task_indicators (code text, name_vi text, name_en text, phrase_vi text, bucket text, position integer) ON COMMIT DROP;
INSERT INTO task_indicators VALUES
  ('NV_DUNG_HAN', 'Nhiệm vụ hoàn thành đúng hạn', 'Tasks done on time', '{n} nhiệm vụ hoàn thành đúng hạn', 'on_time', 1),
  ('NV_TRE_HAN', 'Nhiệm vụ hoàn thành quá hạn', 'Tasks done late', '{n} nhiệm vụ hoàn thành quá hạn', 'late', 2),
  ('NV_TRONG_HAN', 'Nhiệm vụ đang thực hiện trong hạn', 'Tasks not done, within deadline', '{n} nhiệm vụ đang thực hiện trong hạn', 'in_progress', 3),
  ('NV_QUA_HAN', 'Nhiệm vụ quá hạn chưa hoàn thành', 'Tasks overdue', '{n} nhiệm vụ quá hạn chưa hoàn thành', 'overdue', 4);

CREATE TEMPORARY TABLE task_indicator_years ON COMMIT DROP AS
SELECT i.year, max(i.sort_order) AS after,
       (SELECT count(*) FROM task_indicators t
         WHERE NOT EXISTS (SELECT 1 FROM indicators x WHERE x.year = i.year AND x.code = t.code))::int AS missing
  FROM indicators i
 WHERE i.section = 'leadership'
 GROUP BY i.year
HAVING bool_or(i.code = 'VB_TONG');

UPDATE indicators i SET sort_order = i.sort_order + y.missing
  FROM task_indicator_years y
 WHERE i.year = y.year AND i.sort_order > y.after AND y.missing > 0;

INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, computed_key, sort_order,
                        basis, phrase_vi, is_key, min_value, whole)
SELECT y.year, t.code, t.name_vi, t.name_en, 'nhiệm vụ', 'leadership', 'sum', 'tasks.' || t.bucket,
       y.after + row_number() OVER (PARTITION BY y.year ORDER BY t.position),
       'area', t.phrase_vi, false, 0, true
  FROM task_indicator_years y
 CROSS JOIN task_indicators t
 WHERE NOT EXISTS (SELECT 1 FROM indicators x WHERE x.year = y.year AND x.code = t.code)
 ORDER BY y.year, t.position;
