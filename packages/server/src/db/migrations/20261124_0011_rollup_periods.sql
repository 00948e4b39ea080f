-- Rollups packed by period: one row per unit, template, year, period and span holds the totals of
-- every indicator, so a province-by-commune view reads a few hundred rows instead of tens of
-- thousands; and beside each monthly or quarterly period its year-to-date totals (lũy kế từ đầu
-- năm), so a 9-month figure built from monthly reports is one row per unit, not nine. Both are
-- maintained by apply_rollup (functions/rollup.sql) in the approving transaction, exactly as
-- rollup_totals was.

CREATE TABLE rollup_periods (
  unit_id integer NOT NULL REFERENCES units(id),
  template text NOT NULL,
  year integer NOT NULL,
  -- 'period': the approved reports of this period; 'year_to_date': of periods 1..period_index of
  -- the year (monthly and quarterly templates only). In a year-to-date row a stock ('latest')
  -- indicator holds the period_index period's own totals: a stock is never summed across periods.
  span text NOT NULL CHECK (span IN ('period', 'year_to_date')),
  period_index integer NOT NULL,
  -- {"CODE": [value_sum, reports, value_max, denominator_sum, weighted_sum, weight_sum], …}, trailing
  -- zeros left out (a flow is [value_sum, reports]); value_max is kept for 'max' indicators only.
  -- json, not jsonb: the reads send it as stored, where jsonb would be re-printed number by number
  -- (5× slower for a province's communes).
  totals json NOT NULL,
  PRIMARY KEY (unit_id, template, year, span, period_index)
);

-- Writes go through the definer functions of functions/rollup.sql only.
GRANT SELECT ON rollup_periods TO danvan_app;
ALTER TABLE rollup_periods ENABLE ROW LEVEL SECURITY;

-- The rows are filled by 20261124_0014, which packs them as they are read today. The superseded
-- maximum function of rollup_totals is dropped (databases migrated before functions/ existed have it).
DROP FUNCTION IF EXISTS recompute_rollup_max(integer, text, integer, integer, text[]);
DROP TABLE rollup_totals;
