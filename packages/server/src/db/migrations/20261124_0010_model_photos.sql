-- Photos of "Dân vận khéo" models: JPEG, PNG or WebP, bytes content-addressed in data/files.

CREATE TABLE model_photos (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  model_id integer NOT NULL REFERENCES models(id),
  file_name text NOT NULL,
  mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  size integer NOT NULL,
  sha256 text NOT NULL,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX model_photos_model_idx ON model_photos (model_id);
-- The list's year filter and default order.
CREATE INDEX models_registered_on_idx ON models (registered_on);

GRANT SELECT, INSERT, DELETE ON model_photos TO danvan_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO danvan_app;

ALTER TABLE model_photos ENABLE ROW LEVEL SECURITY;
