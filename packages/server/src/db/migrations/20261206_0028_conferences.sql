-- Conferences (hội nghị): the review conferences a unit organises (sơ kết, tổng kết, thematic), with
-- their bridge points (điểm cầu) when held online, the invited, who attended, the agenda, the speeches
-- and attachments, the minutes approved by the chair, and the numbered conclusions, each of which may
-- become tasks (the tasks module; a task names its conference by source_ref_id).

-- The kinds of conference as data: a new kind is a row, not a release.
CREATE TABLE conference_kinds (
  code text PRIMARY KEY,
  name_vi text NOT NULL,
  name_en text NOT NULL,
  -- The months a review covers (6, 9, 12), so a round of that length suggests its kind; null otherwise.
  period_months integer CHECK (period_months BETWEEN 1 AND 12),
  sort_order integer NOT NULL
);
INSERT INTO conference_kinds (code, name_vi, name_en, period_months, sort_order) VALUES
  ('so_ket_6', 'Sơ kết 6 tháng', 'Six-month review', 6, 1),
  ('so_ket_9', 'Sơ kết 9 tháng', 'Nine-month review', 9, 2),
  ('tong_ket', 'Tổng kết năm', 'Annual review', 12, 3),
  ('chuyen_de', 'Chuyên đề', 'Thematic', NULL, 4),
  ('khac', 'Khác', 'Other', NULL, 5);

CREATE TABLE conferences (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organiser_unit_id integer NOT NULL REFERENCES units(id),
  -- The organiser's name when the conference was recorded: a bridge point below sees it, not the unit row.
  organiser_name text NOT NULL,
  -- The reporting round whose report (the organiser's) is the conference's main document.
  round_id integer REFERENCES reporting_rounds(id),
  kind text NOT NULL REFERENCES conference_kinds(code),
  title text NOT NULL,
  held_on date NOT NULL,
  starts_at time NOT NULL,
  ends_at time CHECK (ends_at IS NULL OR ends_at > starts_at),
  place text NOT NULL DEFAULT '',
  chairs text NOT NULL DEFAULT '',
  format text NOT NULL CHECK (format IN ('in_person', 'online', 'hybrid')),
  content text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'minutes_approved', 'concluded')),
  -- Who attended at the main hall, by category; the bridge points count their own.
  leaders integer CHECK (leaders >= 0),
  officials integer CHECK (officials >= 0),
  front integer CHECK (front >= 0),
  citizens integer CHECK (citizens >= 0),
  minutes_text text NOT NULL DEFAULT '',
  minutes_secretary text NOT NULL DEFAULT '',
  minutes_approved_by text,
  minutes_approved_at timestamptz,
  -- The invitation and the notice of conclusions once issued with a number: rows of the documents register.
  invitation_document_id integer,
  invitation_signer text,
  notice_document_id integer,
  notice_signer text,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conferences_organiser_idx ON conferences (organiser_unit_id, held_on);

CREATE TABLE conference_bridge_points (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES conferences(id),
  unit_id integer NOT NULL REFERENCES units(id),
  room text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  host text NOT NULL DEFAULT '',
  tech_name text NOT NULL DEFAULT '',
  tech_phone text NOT NULL DEFAULT '',
  test_at timestamptz,
  leaders integer CHECK (leaders >= 0),
  officials integer CHECK (officials >= 0),
  front integer CHECK (front >= 0),
  citizens integer CHECK (citizens >= 0),
  connected boolean,
  updated_by integer REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conference_id, unit_id)
);
CREATE INDEX conference_bridge_points_unit_idx ON conference_bridge_points (unit_id);

-- Invited units (unit_id) and invited people (name, position, with their unit in words).
CREATE TABLE conference_invitees (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES conferences(id),
  unit_id integer REFERENCES units(id),
  person_name text NOT NULL DEFAULT '',
  position text NOT NULL DEFAULT '',
  CHECK (unit_id IS NOT NULL OR person_name <> '')
);
CREATE INDEX conference_invitees_conference_idx ON conference_invitees (conference_id);

CREATE TABLE conference_attendees (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES conferences(id),
  full_name text NOT NULL,
  unit_name text NOT NULL DEFAULT '',
  position text NOT NULL DEFAULT '',
  category text NOT NULL CHECK (category IN ('leaders', 'officials', 'front', 'citizens'))
);
CREATE INDEX conference_attendees_conference_idx ON conference_attendees (conference_id);

CREATE TABLE conference_agenda_items (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES conferences(id),
  position integer NOT NULL,
  starts_at time,
  item text NOT NULL,
  presenter text NOT NULL DEFAULT ''
);
CREATE INDEX conference_agenda_items_conference_idx ON conference_agenda_items (conference_id, position);

-- Speeches (tham luận) and other attachments; the file itself is in the file store by its sha256.
CREATE TABLE conference_files (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES conferences(id),
  kind text NOT NULL CHECK (kind IN ('speech', 'attachment')),
  title text NOT NULL,
  speaker text NOT NULL DEFAULT '',
  speaker_unit text NOT NULL DEFAULT '',
  file_name text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conference_id, sha256)
);

-- The chair's conclusions, numbered; the tasks made from a line are the tasks module's (task_ids).
CREATE TABLE conference_conclusions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conference_id integer NOT NULL REFERENCES conferences(id),
  number integer NOT NULL CHECK (number > 0),
  text text NOT NULL,
  task_ids integer[] NOT NULL DEFAULT '{}',
  UNIQUE (conference_id, number)
);

GRANT SELECT ON conference_kinds TO danvan_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON conferences, conference_bridge_points, conference_invitees,
  conference_attendees, conference_agenda_items, conference_files, conference_conclusions TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;
ALTER TABLE conferences ENABLE ROW LEVEL SECURITY;
ALTER TABLE conference_bridge_points ENABLE ROW LEVEL SECURITY;
ALTER TABLE conference_invitees ENABLE ROW LEVEL SECURITY;
ALTER TABLE conference_attendees ENABLE ROW LEVEL SECURITY;
ALTER TABLE conference_agenda_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE conference_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE conference_conclusions ENABLE ROW LEVEL SECURITY;

-- The conferences held become indicators of every catalogue year that has the default leadership
-- rows (as the tasks' did), computed from the conferences (modules/conferences/conferences.indicators.ts),
-- placed after the leadership section's last row.
CREATE TEMPORARY TABLE conference_indicators (code text, name_vi text, name_en text, unit_vi text, phrase_vi text, key text, position integer) ON COMMIT DROP;
INSERT INTO conference_indicators VALUES
  ('HN_TONG', 'Hội nghị sơ kết, tổng kết, chuyên đề đã tổ chức', 'Conferences held', 'hội nghị', 'tổ chức {n} hội nghị', 'held', 1),
  ('HN_SO_KET_6', 'Hội nghị sơ kết 6 tháng', 'Six-month reviews held', 'hội nghị', '{n} hội nghị sơ kết 6 tháng', 'kind.so_ket_6', 2),
  ('HN_SO_KET_9', 'Hội nghị sơ kết 9 tháng', 'Nine-month reviews held', 'hội nghị', '{n} hội nghị sơ kết 9 tháng', 'kind.so_ket_9', 3),
  ('HN_TONG_KET', 'Hội nghị tổng kết năm', 'Annual reviews held', 'hội nghị', '{n} hội nghị tổng kết năm', 'kind.tong_ket', 4),
  ('HN_CHUYEN_DE', 'Hội nghị chuyên đề', 'Thematic conferences held', 'hội nghị', '{n} hội nghị chuyên đề', 'kind.chuyen_de', 5),
  ('HN_NGUOI_DU', 'Lượt người dự hội nghị', 'People attending conferences', 'lượt người', 'với {n} lượt người dự', 'attending', 6),
  ('HN_DIEM_CAU', 'Điểm cầu trực tuyến', 'Bridge points', 'điểm cầu', 'qua {n} điểm cầu trực tuyến', 'bridgePoints', 7);

CREATE TEMPORARY TABLE conference_indicator_years ON COMMIT DROP AS
SELECT i.year, max(i.sort_order) AS after,
       (SELECT count(*) FROM conference_indicators t
         WHERE NOT EXISTS (SELECT 1 FROM indicators x WHERE x.year = i.year AND x.code = t.code))::int AS missing
  FROM indicators i
 WHERE i.section = 'leadership'
 GROUP BY i.year
HAVING bool_or(i.code = 'VB_TONG');

UPDATE indicators i SET sort_order = i.sort_order + y.missing
  FROM conference_indicator_years y
 WHERE i.year = y.year AND i.sort_order > y.after AND y.missing > 0;

INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, computed_key, sort_order,
                        basis, phrase_vi, is_key, min_value, whole)
SELECT y.year, t.code, t.name_vi, t.name_en, t.unit_vi, 'leadership', 'sum', 'conferences.' || t.key,
       y.after + row_number() OVER (PARTITION BY y.year ORDER BY t.position),
       'area', t.phrase_vi, false, 0, true
  FROM conference_indicator_years y
 CROSS JOIN conference_indicators t
 WHERE NOT EXISTS (SELECT 1 FROM indicators x WHERE x.year = y.year AND x.code = t.code)
 ORDER BY y.year, t.position;
