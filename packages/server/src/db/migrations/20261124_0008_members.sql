-- Members of the mass organisations (đoàn viên, hội viên): one count per organisation and period
-- (month or quarter): members at the end, admitted and left during it, referred to the Party.

CREATE TABLE member_counts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The organisation: a unit of type fatherland_front, womens_union, youth_union, … (checked by the service).
  unit_id integer NOT NULL REFERENCES units(id),
  period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  period_index integer NOT NULL CHECK (period_index BETWEEN 1 AND 12 AND (period_kind = 'month' OR period_index <= 4)),
  period_start date NOT NULL,
  period_end date NOT NULL CHECK (period_end >= period_start),
  members integer NOT NULL CHECK (members >= 0),
  admitted integer NOT NULL DEFAULT 0 CHECK (admitted >= 0),
  left_count integer NOT NULL DEFAULT 0 CHECK (left_count >= 0),
  referred_to_party integer NOT NULL DEFAULT 0 CHECK (referred_to_party >= 0),
  note text NOT NULL DEFAULT '',
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One entry per organisation and period; overlapping periods (a quarter and one of its months)
-- are refused by the service, which locks the organisation's row first.
CREATE UNIQUE INDEX member_counts_period_key ON member_counts (unit_id, period_start);
CREATE INDEX member_counts_unit_end_idx ON member_counts (unit_id, period_end);
CREATE INDEX member_counts_end_idx ON member_counts (period_end);

GRANT SELECT, INSERT, UPDATE ON member_counts TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;

ALTER TABLE member_counts ENABLE ROW LEVEL SECURITY;

-- The default catalogue's member indicators are computed from these records.
UPDATE indicators SET computed_key = c.computed_key
  FROM (VALUES ('HV_TONG', 'members.total'), ('HV_MOI', 'members.admitted'), ('HV_RA', 'members.left'), ('HV_GT_DANG', 'members.referred_to_party'))
    AS c(code, computed_key)
 WHERE indicators.code = c.code AND indicators.year BETWEEN 2025 AND 2027 AND indicators.computed_key IS NULL;
