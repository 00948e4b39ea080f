-- Rollups packed by period: one row per unit, template, year, period and span holds the totals of
-- every indicator, so a province-by-commune view reads a few hundred rows instead of tens of
-- thousands; and beside each monthly or quarterly period its year-to-date totals (lũy kế từ đầu
-- năm), so a 9-month figure built from monthly reports is one row per unit, not nine. Both are
-- maintained by apply_rollup in the approving transaction, exactly as rollup_totals was.

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

-- Writes go through the definer functions below only.
GRANT SELECT ON rollup_periods TO danvan_app;
ALTER TABLE rollup_periods ENABLE ROW LEVEL SECURITY;
CREATE POLICY rollup_periods_in_scope ON rollup_periods
  USING (EXISTS (SELECT 1 FROM units u WHERE u.id = rollup_periods.unit_id));

-- Periods of a template in a year; year-to-date rows exist only where there is more than one.
CREATE FUNCTION rollup_periods_per_year(p_template text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE p_template WHEN 'monthly' THEN 12 WHEN 'quarterly' THEN 4 ELSE 1 END
$$;

-- One indicator's packed entry, as JSON text without its trailing zeros. Operators and casts only,
-- so that the planner inlines it: called as a function it would cost more than the work it does.
CREATE FUNCTION rollup_entry(p_value_sum numeric, p_reports numeric, p_value_max numeric, p_denominator_sum numeric, p_weighted_sum numeric, p_weight_sum numeric)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '[' || p_value_sum::text || ',' || p_reports::text || CASE
    WHEN p_weighted_sum <> 0 OR p_weight_sum <> 0
      THEN ',' || coalesce(p_value_max::text, 'null') || ',' || p_denominator_sum::text || ',' || p_weighted_sum::text || ',' || p_weight_sum::text
    WHEN p_denominator_sum <> 0 THEN ',' || coalesce(p_value_max::text, 'null') || ',' || p_denominator_sum::text
    WHEN p_value_max IS NOT NULL THEN ',' || p_value_max::text
    ELSE '' END || ']'
$$;

-- Adds a delta of packed totals to packed totals: sums add, maxima take the greater (a missing
-- maximum in the delta, as a withdrawal carries, leaves the stored one for recompute_rollup_max).
CREATE FUNCTION rollup_merge(p_totals json, p_delta json) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce('{' || string_agg(to_json(key)::text || ':' || CASE
           WHEN d.value IS NULL THEN o.value::text
           WHEN o.value IS NULL THEN d.value::text
           ELSE rollup_entry(x.value_sum, x.reports, x.value_max, x.denominator_sum, x.weighted_sum, x.weight_sum) END, ',') || '}', '{}')::json
    FROM json_each(p_totals) AS o
    FULL JOIN json_each(p_delta) AS d USING (key)
   CROSS JOIN LATERAL (SELECT
           coalesce((o.value ->> 0)::numeric, 0) + coalesce((d.value ->> 0)::numeric, 0) AS value_sum,
           coalesce((o.value ->> 1)::numeric, 0) + coalesce((d.value ->> 1)::numeric, 0) AS reports,
           greatest((o.value ->> 2)::numeric, (d.value ->> 2)::numeric) AS value_max,
           coalesce((o.value ->> 3)::numeric, 0) + coalesce((d.value ->> 3)::numeric, 0) AS denominator_sum,
           coalesce((o.value ->> 4)::numeric, 0) + coalesce((d.value ->> 4)::numeric, 0) AS weighted_sum,
           coalesce((o.value ->> 5)::numeric, 0) + coalesce((d.value ->> 5)::numeric, 0) AS weight_sum) AS x
$$;

-- The rows one report's approval touches for each of its unit's ancestors: its period, and the
-- year-to-date rows of its period and every later one of the year.
CREATE FUNCTION rollup_targets(p_template text, p_period_index integer)
RETURNS TABLE (span text, period_index integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'period', p_period_index
  UNION ALL
  SELECT 'year_to_date', k FROM generate_series(p_period_index, rollup_periods_per_year(p_template)) AS k
   WHERE rollup_periods_per_year(p_template) > 1
$$;

DROP FUNCTION apply_rollup(integer, text, integer, integer, integer, jsonb);
DROP FUNCTION recompute_rollup_max(integer, text, integer, integer, text[]);

-- Approving a ward's report adds to the city's and province's totals too, which lie above the
-- approver's scope; the ancestor rows are reachable only through this definer function.
-- p_values: [{code, value, denominator, weight, kind}], kind = the indicator's aggregation under
-- the round's rules: a 'latest' one reaches only its own period's year-to-date row, only a 'max'
-- one keeps its maximum.
CREATE FUNCTION apply_rollup(p_unit_id integer, p_template text, p_year integer, p_period_index integer, p_sign integer, p_values jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- Only units the caller can see (RLS on units applies to the caller, not to this function's tables).
  IF NOT EXISTS (SELECT 1 FROM units WHERE id = p_unit_id) THEN
    RAISE EXCEPTION 'unknown unit %', p_unit_id;
  END IF;
  INSERT INTO rollup_periods AS t (unit_id, template, year, span, period_index, totals)
  SELECT a.id, p_template, p_year, d.span, d.period_index, d.totals
    FROM units self
    JOIN units a ON a.path @> self.path
   CROSS JOIN (
     SELECT s.span, s.period_index,
            ('{' || string_agg(e.entry, ',') || '}')::json AS totals
       FROM (SELECT to_json(v.code)::text || ':' || rollup_entry(x.value_sum, x.reports, x.value_max, x.denominator_sum, x.weighted_sum, x.weight_sum) AS entry,
                    v.kind = 'latest' AS stock
               FROM jsonb_to_recordset(p_values) AS v(code text, value numeric, denominator numeric, weight numeric, kind text)
              CROSS JOIN LATERAL (SELECT p_sign * v.value AS value_sum, p_sign::numeric AS reports,
                                         CASE WHEN p_sign > 0 AND v.kind = 'max' THEN v.value END AS value_max,
                                         p_sign * coalesce(v.denominator, 0) AS denominator_sum,
                                         p_sign * v.value * coalesce(v.weight, 0) AS weighted_sum, p_sign * coalesce(v.weight, 0) AS weight_sum) AS x
              WHERE v.value IS NOT NULL) AS e
       JOIN rollup_targets(p_template, p_period_index) AS s
         ON s.span = 'period' OR s.period_index = p_period_index OR NOT e.stock
      GROUP BY s.span, s.period_index) AS d
   WHERE self.id = p_unit_id
   -- One order for every approval, so that two approvals under the same ancestors lock their rows alike.
   ORDER BY a.path, d.span, d.period_index
  ON CONFLICT (unit_id, template, year, span, period_index) DO UPDATE SET totals = rollup_merge(t.totals, EXCLUDED.totals);
END $$;
REVOKE ALL ON FUNCTION apply_rollup(integer, text, integer, integer, integer, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_rollup(integer, text, integer, integer, integer, jsonb) TO danvan_app;

-- Packed totals with the maxima of some entries replaced ({"CODE": maximum or null}).
CREATE FUNCTION rollup_with_maxima(p_totals json, p_maxima json) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce('{' || string_agg(to_json(o.key)::text || ':' || CASE
           WHEN m.value IS NULL THEN o.value::text
           ELSE rollup_entry(x.value_sum, x.reports, x.value_max, x.denominator_sum, x.weighted_sum, x.weight_sum) END, ',') || '}', '{}')::json
    FROM json_each(p_totals) AS o
    LEFT JOIN json_each(p_maxima) AS m ON m.key = o.key
   CROSS JOIN LATERAL (SELECT
           coalesce((o.value ->> 0)::numeric, 0) AS value_sum, coalesce((o.value ->> 1)::numeric, 0) AS reports,
           (m.value #>> '{}')::numeric AS value_max, coalesce((o.value ->> 3)::numeric, 0) AS denominator_sum,
           coalesce((o.value ->> 4)::numeric, 0) AS weighted_sum, coalesce((o.value ->> 5)::numeric, 0) AS weight_sum) AS x
$$;

-- After a report is withdrawn from the totals, the maxima it may have held (its value was the
-- stored maximum) are recomputed from the approved reports that remain, in its unit's and every
-- ancestor's period and year-to-date rows: a maximum cannot be decremented. p_values: [{code, value}].
CREATE FUNCTION recompute_rollup_max(p_unit_id integer, p_template text, p_year integer, p_period_index integer, p_values jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT a.id, a.path, s.span, s.period_index
      FROM units self JOIN units a ON a.path @> self.path CROSS JOIN rollup_targets(p_template, p_period_index) AS s
     WHERE self.id = p_unit_id
     ORDER BY a.path, s.span, s.period_index
  LOOP
    UPDATE rollup_periods t SET totals = rollup_with_maxima(t.totals, m.maxima)
      FROM (
        SELECT json_object_agg(w.code, (
                 SELECT max(v.value)
                   FROM report_values v
                   JOIN reports r ON r.id = v.report_id AND r.status = 'approved'
                   JOIN reporting_rounds rr ON rr.id = r.round_id
                   JOIN units u ON u.id = r.unit_id
                  WHERE rr.template = p_template AND rr.year = p_year AND v.indicator_code = w.code AND u.path <@ target.path
                    AND rr.period_index BETWEEN CASE WHEN target.span = 'period' THEN target.period_index ELSE 1 END AND target.period_index
               )) AS maxima
          FROM rollup_periods t2
          JOIN jsonb_to_recordset(p_values) AS w(code text, value numeric)
            ON w.value IS NOT NULL AND (t2.totals -> w.code ->> 2)::numeric = w.value
         WHERE t2.unit_id = target.id AND t2.template = p_template AND t2.year = p_year
           AND t2.span = target.span AND t2.period_index = target.period_index
      ) AS m
     WHERE m.maxima IS NOT NULL AND t.unit_id = target.id AND t.template = p_template AND t.year = p_year
       AND t.span = target.span AND t.period_index = target.period_index;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION recompute_rollup_max(integer, text, integer, integer, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION recompute_rollup_max(integer, text, integer, integer, jsonb) TO danvan_app;

-- Rebuilds every packed row from the approved reports themselves (the source of truth), under
-- the rules of each report's round: what the approvals, in order, would have left (less the
-- entries that reopened reports brought down to no report). The owner's tool, for this
-- migration and for checking the maintained rows; the application never calls it.
CREATE FUNCTION rebuild_rollup_periods() RETURNS void
LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  approved record;
BEGIN
  DELETE FROM rollup_periods;
  FOR approved IN
    SELECT p.id, p.unit_id, rr.template, rr.year, rr.period_index, rr.indicator_snapshot
      FROM reports p JOIN reporting_rounds rr ON rr.id = p.round_id
     WHERE p.status = 'approved'
     ORDER BY p.approved_at, p.id
  LOOP
    PERFORM apply_rollup(approved.unit_id, approved.template, approved.year, approved.period_index, 1, (
      SELECT coalesce(jsonb_agg(jsonb_build_object(
               'code', i ->> 'code', 'value', v.value, 'denominator', v.denominator, 'weight', w.value,
               'kind', i ->> 'aggregation')), '[]'::jsonb)
        FROM jsonb_array_elements(approved.indicator_snapshot) AS i
        LEFT JOIN report_values v ON v.report_id = approved.id AND v.indicator_code = i ->> 'code'
        LEFT JOIN report_values w ON w.report_id = approved.id AND w.indicator_code = i ->> 'weightCode'
       WHERE i ->> 'aggregation' <> 'ratio'));
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION rebuild_rollup_periods() FROM PUBLIC;

SELECT rebuild_rollup_periods();
DROP TABLE rollup_totals;
