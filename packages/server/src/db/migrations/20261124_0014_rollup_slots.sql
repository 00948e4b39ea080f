-- requires functions/rollup.sql: the rebuild at the end packs the rows with its functions.
--
-- Packed totals as flat arrays of numbers in slot order instead of objects keyed by code: a
-- province's 168 communes × 2 years arrive in a third of the text, and arrays of numbers parse
-- several times faster in Node than objects of 150 keys (what kept the province-by-commune read
-- over its 30 ms target). Each indicator code keeps one slot for good, across catalogue years and
-- rounds, so rows written under different catalogues still line up.

CREATE TABLE rollup_slots (
  code text PRIMARY KEY,
  slot integer NOT NULL UNIQUE CHECK (slot >= 0)
);
-- The catalogue's codes, not data of any unit: readable by every scope.
GRANT SELECT ON rollup_slots TO danvan_app;

-- totals: [value_sum, reports] of slot s at positions 2s and 2s + 1, 0 where nothing was added.
-- extras: {"s": [value_max, denominator_sum, weighted_sum, weight_sum]} only for the entries that
-- have any (max, coverage and weighted indicators: a few of a catalogue), else null; value_max is
-- kept for 'max' indicators only.
ALTER TABLE rollup_periods ADD COLUMN extras json;

-- The functions of the packing by code, which functions/rollup.sql replaced (databases migrated
-- before functions/ existed have them).
DROP FUNCTION IF EXISTS rollup_merge(json, json);
DROP FUNCTION IF EXISTS rollup_with_maxima(json, json);
DROP FUNCTION IF EXISTS rollup_entry(numeric, numeric, numeric, numeric, numeric, numeric);

SELECT rebuild_rollup_periods();
