-- A user's search text matched literally inside LIKE patterns: % and _ are not wildcards to them.
CREATE OR REPLACE FUNCTION like_literal(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT replace(replace(replace(input, '\', '\\'), '%', '\%'), '_', '\_') $$;
