-- Emulation movements (phong trào thi đua) and the models units register under them ("Dân vận khéo").

CREATE TABLE movements (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_unit_id integer NOT NULL REFERENCES units(id),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  start_on date NOT NULL,
  end_on date,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_on IS NULL OR end_on >= start_on)
);

-- Units expected to take part; a unit takes part once it has registered a model.
CREATE TABLE movement_participants (
  movement_id integer NOT NULL REFERENCES movements(id),
  unit_id integer NOT NULL REFERENCES units(id),
  PRIMARY KEY (movement_id, unit_id)
);

CREATE TABLE models (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  movement_id integer NOT NULL REFERENCES movements(id),
  unit_id integer NOT NULL REFERENCES units(id),
  name text NOT NULL,
  field text NOT NULL CHECK (field IN ('economy', 'culture_society', 'defense_security', 'political_system')),
  owner_people text NOT NULL DEFAULT '',
  registered_on date NOT NULL,
  start_on date,
  description text NOT NULL DEFAULT '',
  results text NOT NULL DEFAULT '',
  -- Measurable outputs: [{"label": "Hộ thoát nghèo", "value": 12, "unit": "hộ"}].
  result_figures jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'evaluated', 'recognised', 'not_recognised')),
  recognition_level text CHECK (recognition_level IN ('commune', 'district', 'province', 'central')),
  recognised_on date,
  decided_by integer REFERENCES users(id),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'recognised') = (recognition_level IS NOT NULL AND recognised_on IS NOT NULL))
);
CREATE INDEX models_unit_idx ON models (unit_id);
CREATE INDEX models_movement_idx ON models (movement_id);

CREATE TABLE model_evaluations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  model_id integer NOT NULL REFERENCES models(id),
  evaluator_unit_id integer NOT NULL REFERENCES units(id),
  evaluator_name text NOT NULL,
  score numeric NOT NULL CHECK (score BETWEEN 0 AND 100),
  comment text NOT NULL DEFAULT '',
  evaluated_on date NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX model_evaluations_model_idx ON model_evaluations (model_id);

GRANT SELECT, INSERT, UPDATE ON movements, models, model_evaluations TO danvan_app;
GRANT SELECT, INSERT, DELETE ON movement_participants TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;

ALTER TABLE movements ENABLE ROW LEVEL SECURITY;
ALTER TABLE movement_participants ENABLE ROW LEVEL SECURITY;
ALTER TABLE models ENABLE ROW LEVEL SECURITY;
ALTER TABLE model_evaluations ENABLE ROW LEVEL SECURITY;
