-- The rollup: subtree totals of approved reports, kept in rollup_periods (migrations 20261124_0011
-- and 20261124_0014 say how a row is packed: [value_sum, reports] per slot, extras by slot) by
-- apply_rollup in the approving transaction, so that a rollup reads a few rows instead of the tree.

-- Periods of a template in a year; year-to-date rows exist only where there is more than one.
CREATE OR REPLACE FUNCTION rollup_periods_per_year(p_template text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE p_template WHEN 'monthly' THEN 12 WHEN 'quarterly' THEN 4 ELSE 1 END
$$;

-- The rows one report's approval touches for each of its unit's ancestors: its period, and the
-- year-to-date rows of its period and every later one of the year.
CREATE OR REPLACE FUNCTION rollup_targets(p_template text, p_period_index integer)
RETURNS TABLE (span text, period_index integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'period', p_period_index
  UNION ALL
  SELECT 'year_to_date', k FROM generate_series(p_period_index, rollup_periods_per_year(p_template)) AS k
   WHERE rollup_periods_per_year(p_template) > 1
$$;

-- The entries of a packed row by code (owner checks, tests); each json value is parsed once.
CREATE OR REPLACE FUNCTION rollup_entries(p_totals json, p_extras json)
RETURNS TABLE (code text, value_sum numeric, reports numeric, value_max numeric, denominator_sum numeric, weighted_sum numeric, weight_sum numeric)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT s.code, e.value_sum, e.reports, (x.value ->> 0)::numeric, coalesce((x.value ->> 1)::numeric, 0),
         coalesce((x.value ->> 2)::numeric, 0), coalesce((x.value ->> 3)::numeric, 0)
    FROM (SELECT (k - 1) / 2 AS slot, min(v) FILTER (WHERE k % 2 = 1)::numeric AS value_sum, min(v) FILTER (WHERE k % 2 = 0)::numeric AS reports
            FROM json_array_elements_text(p_totals) WITH ORDINALITY AS a(v, k)
           GROUP BY 1) AS e
    JOIN rollup_slots s ON s.slot = e.slot
    LEFT JOIN json_each(p_extras) AS x ON x.key = e.slot::text
$$;

-- Slots for codes that have none yet. New codes come with a new catalogue, so the lock that keeps
-- two approvals from taking the same slot is almost never taken.
CREATE OR REPLACE FUNCTION rollup_assign_slots(p_codes text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM unnest(p_codes) AS c(code) WHERE NOT EXISTS (SELECT 1 FROM rollup_slots s WHERE s.code = c.code)) THEN
    RETURN;
  END IF;
  LOCK TABLE rollup_slots IN SHARE ROW EXCLUSIVE MODE;
  INSERT INTO rollup_slots (code, slot)
  SELECT c.code, (SELECT coalesce(max(slot) + 1, 0) FROM rollup_slots) + row_number() OVER (ORDER BY c.code) - 1
    FROM (SELECT DISTINCT code FROM unnest(p_codes) AS u(code)) AS c
   WHERE NOT EXISTS (SELECT 1 FROM rollup_slots s WHERE s.code = c.code);
END $$;
REVOKE ALL ON FUNCTION rollup_assign_slots(text[]) FROM PUBLIC;

-- The totals array of (slot, value_sum, reports) entries.
CREATE OR REPLACE FUNCTION rollup_pack(p_slots integer[], p_sums numeric[], p_reports numeric[]) RETURNS json
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_json(array_agg(coalesce(CASE WHEN k % 2 = 0 THEN e.value_sum ELSE e.reports END, 0) ORDER BY k)), '[]')::json
    FROM generate_series(0, 2 * (SELECT max(slot) FROM unnest(p_slots) AS slot) + 1) AS k
    LEFT JOIN unnest(p_slots, p_sums, p_reports) AS e(slot, value_sum, reports) ON e.slot = k / 2
$$;

-- Adds a delta to packed totals, and to extras: sums add, maxima take the greater (a missing
-- maximum in the delta, as a withdrawal carries, leaves the stored one for recompute_rollup_max).
CREATE OR REPLACE FUNCTION rollup_add(p_totals json, p_delta json) RETURNS json
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_json(array_agg(coalesce(o.v::numeric, 0) + coalesce(d.v::numeric, 0) ORDER BY k)), '[]')::json
    FROM json_array_elements_text(p_totals) WITH ORDINALITY AS o(v, k)
    FULL JOIN json_array_elements_text(p_delta) WITH ORDINALITY AS d(v, k) USING (k)
$$;

CREATE OR REPLACE FUNCTION rollup_add_extras(p_extras json, p_delta json) RETURNS json
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN p_delta IS NULL THEN p_extras WHEN p_extras IS NULL THEN p_delta ELSE (
    SELECT json_object_agg(key, array_to_json(ARRAY[
             greatest((o.value ->> 0)::numeric, (d.value ->> 0)::numeric),
             coalesce((o.value ->> 1)::numeric, 0) + coalesce((d.value ->> 1)::numeric, 0),
             coalesce((o.value ->> 2)::numeric, 0) + coalesce((d.value ->> 2)::numeric, 0),
             coalesce((o.value ->> 3)::numeric, 0) + coalesce((d.value ->> 3)::numeric, 0)]))
      FROM json_each(p_extras) AS o
      FULL JOIN json_each(p_delta) AS d USING (key)) END
$$;

-- Approving a ward's report adds to the city's and province's totals too, which lie above the
-- approver's scope; the ancestor rows are reachable only through this definer function.
-- p_values: [{code, value, denominator, weight, kind}], kind = the indicator's aggregation under
-- the round's rules: a 'latest' one reaches only its own period's year-to-date row, only a 'max'
-- one keeps its maximum.
CREATE OR REPLACE FUNCTION apply_rollup(p_unit_id integer, p_template text, p_year integer, p_period_index integer, p_sign integer, p_values jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- Only units the caller can see (RLS on units applies to the caller, not to this function's tables).
  IF NOT EXISTS (SELECT 1 FROM units WHERE id = p_unit_id) THEN
    RAISE EXCEPTION 'unknown unit %', p_unit_id;
  END IF;
  PERFORM rollup_assign_slots(ARRAY(SELECT v ->> 'code' FROM jsonb_array_elements(p_values) AS v WHERE v ->> 'value' IS NOT NULL));
  INSERT INTO rollup_periods AS t (unit_id, template, year, span, period_index, totals, extras)
  SELECT a.id, p_template, p_year, d.span, d.period_index, d.totals, d.extras
    FROM units self
    JOIN units a ON a.path @> self.path
   CROSS JOIN (
     SELECT s.span, s.period_index,
            rollup_pack(array_agg(e.slot), array_agg(e.value_sum), array_agg(e.reports)) AS totals,
            json_object_agg(e.slot, array_to_json(ARRAY[e.value_max, e.denominator_sum, e.weighted_sum, e.weight_sum]))
              FILTER (WHERE e.value_max IS NOT NULL OR e.denominator_sum <> 0 OR e.weighted_sum <> 0 OR e.weight_sum <> 0) AS extras
       FROM (SELECT sl.slot, v.kind = 'latest' AS stock, x.*
               FROM jsonb_to_recordset(p_values) AS v(code text, value numeric, denominator numeric, weight numeric, kind text)
               JOIN rollup_slots sl ON sl.code = v.code
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
  ON CONFLICT (unit_id, template, year, span, period_index)
  DO UPDATE SET totals = rollup_add(t.totals, EXCLUDED.totals), extras = rollup_add_extras(t.extras, EXCLUDED.extras);
END $$;
REVOKE ALL ON FUNCTION apply_rollup(integer, text, integer, integer, integer, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION apply_rollup(integer, text, integer, integer, integer, jsonb) TO danvan_app;

-- Extras with some maxima replaced (slot p_slots[i]'s maximum becomes p_maxima[i], null included).
CREATE OR REPLACE FUNCTION rollup_with_maxima(p_extras json, p_slots integer[], p_maxima numeric[]) RETURNS json
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT json_object_agg(o.key, CASE WHEN m.slot IS NULL THEN o.value ELSE array_to_json(ARRAY[
           m.maximum, (o.value ->> 1)::numeric, (o.value ->> 2)::numeric, (o.value ->> 3)::numeric]) END)
    FROM json_each(p_extras) AS o
    LEFT JOIN unnest(p_slots, p_maxima) AS m(slot, maximum) ON m.slot::text = o.key
$$;

-- After a report is withdrawn from the totals, the maxima it may have held (its value was the
-- stored maximum) are recomputed from the approved reports that remain, in its unit's and every
-- ancestor's period and year-to-date rows: a maximum cannot be decremented. p_values: [{code, value}].
CREATE OR REPLACE FUNCTION recompute_rollup_max(p_unit_id integer, p_template text, p_year integer, p_period_index integer, p_values jsonb)
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
    UPDATE rollup_periods t SET extras = rollup_with_maxima(t.extras, m.slots, m.maxima)
      FROM (
        SELECT array_agg(sl.slot) AS slots, array_agg((
                 SELECT max(v.value)
                   FROM report_values v
                   JOIN reports r ON r.id = v.report_id AND r.status = 'approved'
                   JOIN reporting_rounds rr ON rr.id = r.round_id
                   JOIN units u ON u.id = r.unit_id
                  WHERE rr.template = p_template AND rr.year = p_year AND v.indicator_code = w.code AND u.path <@ target.path
                    AND rr.period_index BETWEEN CASE WHEN target.span = 'period' THEN target.period_index ELSE 1 END AND target.period_index
               )) AS maxima
          FROM rollup_periods t2
          JOIN jsonb_to_recordset(p_values) AS w(code text, value numeric) ON w.value IS NOT NULL
          JOIN rollup_slots sl ON sl.code = w.code
         WHERE t2.unit_id = target.id AND t2.template = p_template AND t2.year = p_year
           AND t2.span = target.span AND t2.period_index = target.period_index
           AND (t2.extras -> sl.slot::text ->> 0)::numeric = w.value
      ) AS m
     WHERE m.slots IS NOT NULL AND t.unit_id = target.id AND t.template = p_template AND t.year = p_year
       AND t.span = target.span AND t.period_index = target.period_index;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION recompute_rollup_max(integer, text, integer, integer, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION recompute_rollup_max(integer, text, integer, integer, jsonb) TO danvan_app;

-- Rebuilds every packed row from the approved reports themselves (the source of truth), under
-- the rules of each report's round: what the approvals, in order, would have left (less the
-- entries that reopened reports brought down to no report). The owner's tool, for a migration
-- that changes how rows are packed and for checking the maintained rows; the application never calls it.
CREATE OR REPLACE FUNCTION rebuild_rollup_periods() RETURNS void
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
