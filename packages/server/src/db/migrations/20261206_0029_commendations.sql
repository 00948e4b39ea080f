-- Commendations (khen thưởng): award types and their rule sets (a catalogue, versioned by effective
-- date), the register of the people concerned, campaigns with per-unit quotas, nominations checked
-- against the rule set in force on the campaign's reference date, the council's vote, decisions and
-- their recipients. The same award is given once to one person where its rules say so: a unique
-- index on the recipients holds that even if two decisions race.

-- The catalogue: no unit's data, no row-level security (like indicators). Edited by administrators only.
CREATE TABLE award_types (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
  name text NOT NULL,
  issuer text NOT NULL,
  level text NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
  recipients text NOT NULL CHECK (recipients IN ('individual', 'collective', 'both')),
  -- A commemorative medal (kỷ niệm chương): counted in the indicator of medals awarded by type.
  is_medal boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A rule set of an award type from a date on; a nomination is checked against the version in force
-- on its campaign's reference date. Old versions stay: decisions taken under them are explained by them.
CREATE TABLE award_rule_versions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  award_type_id integer NOT NULL REFERENCES award_types(id),
  effective_from date NOT NULL,
  name text NOT NULL,
  legal_basis text NOT NULL DEFAULT '',
  -- The rules as typed objects (@danvan/shared commendationRuleSet), validated when written.
  rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'array'),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (award_type_id, effective_from)
);

-- The people concerned, each held by a unit (the unit that keeps their record).
CREATE TABLE commendation_people (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units(id),
  full_name text NOT NULL,
  name_folded text GENERATED ALWAYS AS (vi_fold(full_name)) STORED,
  birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
  gender text CHECK (gender IN ('male', 'female')),
  position text NOT NULL DEFAULT '',
  deceased boolean NOT NULL DEFAULT false,
  deceased_on date CHECK (deceased OR deceased_on IS NULL),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commendation_people_unit_idx ON commendation_people (unit_id);

CREATE TABLE person_service_periods (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id integer NOT NULL REFERENCES commendation_people(id) ON DELETE CASCADE,
  position text NOT NULL DEFAULT '',
  workplace text NOT NULL DEFAULT '',
  -- Missing dates are kept as missing: the check then says it cannot tell.
  from_date date,
  to_date date CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date),
  ongoing boolean NOT NULL DEFAULT false CHECK (NOT (ongoing AND to_date IS NOT NULL)),
  full_time boolean NOT NULL DEFAULT true,
  difficult_area boolean NOT NULL DEFAULT false,
  mass_mobilization boolean NOT NULL DEFAULT true
);
CREATE INDEX person_service_periods_person_idx ON person_service_periods (person_id);

-- Awards received before (or outside) this system.
CREATE TABLE person_awards (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id integer NOT NULL REFERENCES commendation_people(id) ON DELETE CASCADE,
  award_type_id integer NOT NULL REFERENCES award_types(id),
  decision text NOT NULL DEFAULT '',
  awarded_on date
);
CREATE INDEX person_awards_person_idx ON person_awards (person_id);

CREATE TABLE person_disciplines (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id integer NOT NULL REFERENCES commendation_people(id) ON DELETE CASCADE,
  form text NOT NULL,
  decided_on date
);
CREATE INDEX person_disciplines_person_idx ON person_disciplines (person_id);

-- A campaign (đợt xét) of the owner unit; the units below it nominate.
CREATE TABLE commendation_campaigns (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_unit_id integer NOT NULL REFERENCES units(id),
  -- The owner's name when opened: the wards below see it, not the owner's unit row.
  owner_name text NOT NULL,
  title text NOT NULL,
  award_type_ids integer[] NOT NULL CHECK (cardinality(award_type_ids) BETWEEN 1 AND 10),
  reference_date date NOT NULL,
  deadline date NOT NULL,
  -- Votes passing with more than half (or two thirds) of the council's members in favour.
  pass_rule text NOT NULL DEFAULT 'majority' CHECK (pass_rule IN ('majority', 'two_thirds')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE campaign_quotas (
  campaign_id integer NOT NULL REFERENCES commendation_campaigns(id),
  unit_id integer NOT NULL REFERENCES units(id),
  quota integer NOT NULL CHECK (quota >= 0),
  PRIMARY KEY (campaign_id, unit_id)
);

CREATE TABLE nominations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id integer NOT NULL REFERENCES commendation_campaigns(id),
  unit_id integer NOT NULL REFERENCES units(id),
  award_type_id integer NOT NULL REFERENCES award_types(id),
  person_id integer REFERENCES commendation_people(id),
  -- A collective nominated is a unit.
  collective_unit_id integer REFERENCES units(id),
  -- Where the nomination waits (a unit's path): the nominating unit while drafted or returned, then
  -- each level above up to the campaign's owner. A path, not an id: the unit above lies outside the
  -- nominating unit's scope, and its path is the nominating unit's own less one label.
  at_path ltree NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'passed', 'failed', 'awarded')),
  achievements text NOT NULL DEFAULT '',
  comment text NOT NULL DEFAULT '',
  rule_version_id integer REFERENCES award_rule_versions(id),
  check_outcome text NOT NULL CHECK (check_outcome IN ('met', 'not_met', 'unknown')),
  check_result jsonb NOT NULL,
  votes_members integer CHECK (votes_members > 0),
  votes_for integer CHECK (votes_for >= 0),
  votes_against integer CHECK (votes_against >= 0),
  votes_abstaining integer CHECK (votes_abstaining >= 0),
  CHECK (votes_for + votes_against + votes_abstaining <= votes_members),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((person_id IS NULL) <> (collective_unit_id IS NULL))
);
CREATE INDEX nominations_campaign_unit_idx ON nominations (campaign_id, unit_id);
-- One nomination of a person (or collective) for an award in a campaign.
CREATE UNIQUE INDEX nominations_person_key ON nominations (campaign_id, award_type_id, person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX nominations_collective_key ON nominations (campaign_id, award_type_id, collective_unit_id)
  WHERE collective_unit_id IS NOT NULL;

CREATE TABLE nomination_evidence (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nomination_id integer NOT NULL REFERENCES nominations(id),
  file_name text NOT NULL,
  mime text NOT NULL,
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (nomination_id, sha256)
);

CREATE TABLE commendation_decisions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id integer NOT NULL REFERENCES commendation_campaigns(id),
  award_type_id integer NOT NULL REFERENCES award_types(id),
  number text NOT NULL,
  signed_on date NOT NULL,
  issuer text NOT NULL,
  signer text NOT NULL DEFAULT '',
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (campaign_id, award_type_id)
);

CREATE TABLE commendation_recipients (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  decision_id integer NOT NULL REFERENCES commendation_decisions(id),
  nomination_id integer NOT NULL UNIQUE REFERENCES nominations(id),
  award_type_id integer NOT NULL REFERENCES award_types(id),
  unit_id integer NOT NULL REFERENCES units(id),
  person_id integer REFERENCES commendation_people(id),
  collective_unit_id integer REFERENCES units(id),
  -- Copied from the rule set in force: the award is once per person.
  once_only boolean NOT NULL,
  awarded_on date NOT NULL
);
-- The same award twice to one person is refused here too, whatever the service layer let through.
CREATE UNIQUE INDEX commendation_recipients_once_key ON commendation_recipients (award_type_id, person_id)
  WHERE once_only AND person_id IS NOT NULL;
CREATE INDEX commendation_recipients_unit_idx ON commendation_recipients (unit_id, awarded_on);

GRANT SELECT ON award_types, award_rule_versions TO danvan_app;
GRANT INSERT, UPDATE ON award_types, award_rule_versions TO danvan_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON commendation_people, person_service_periods, person_awards, person_disciplines
  TO danvan_app;
GRANT SELECT, INSERT, UPDATE ON commendation_campaigns, campaign_quotas, nominations, nomination_evidence,
  commendation_decisions, commendation_recipients TO danvan_app;
GRANT DELETE ON campaign_quotas TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;
ALTER TABLE commendation_people ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_service_periods ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_awards ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_disciplines ENABLE ROW LEVEL SECURITY;
ALTER TABLE commendation_campaigns ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign_quotas ENABLE ROW LEVEL SECURITY;
ALTER TABLE nominations ENABLE ROW LEVEL SECURITY;
ALTER TABLE nomination_evidence ENABLE ROW LEVEL SECURITY;
ALTER TABLE commendation_decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE commendation_recipients ENABLE ROW LEVEL SECURITY;

-- Commemorative medals awarded become an indicator of every catalogue year that has the commendation
-- rows, computed from the recipients (modules/commendations/commendations.indicators.ts), after
-- KT_CA_NHAN. KT_TAP_THE and KT_CA_NHAN stay as they are (entered by hand in existing rounds);
-- administrators may point them at `commendations.collectives` / `commendations.individuals`.
CREATE TEMPORARY TABLE commendation_indicator_years ON COMMIT DROP AS
SELECT i.year, max(i.sort_order) AS after
  FROM indicators i
 WHERE i.section = 'commendation'
 GROUP BY i.year
HAVING bool_or(i.code = 'KT_CA_NHAN') AND NOT bool_or(i.code = 'KT_KNC');

UPDATE indicators i SET sort_order = i.sort_order + 1
  FROM commendation_indicator_years y
 WHERE i.year = y.year AND i.sort_order > y.after;

INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, computed_key, sort_order,
                        basis, phrase_vi, is_key, min_value, whole)
SELECT y.year, 'KT_KNC', 'Kỷ niệm chương được tặng', 'Commemorative medals awarded', 'kỷ niệm chương', 'commendation',
       'sum', 'commendations.medals', y.after + 1, 'area', 'tặng {n} kỷ niệm chương', false, 0, true
  FROM commendation_indicator_years y
 ORDER BY y.year;
