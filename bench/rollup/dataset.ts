// The generated figures: 150 entered indicators (the real catalogue's 69 entered ones plus 81
// synthetic ones), a value per commune, indicator, month and year from a seeded integer hash
// that PostgreSQL, PGlite and DuckDB compute identically, and the set-based SQL that fills
// rollup_periods exactly as approving every commune's monthly report through apply_rollup would.
import type { Aggregation } from '@danvan/shared';

export const YEARS = [2025, 2026] as const;
export const MONTHS = 12;
export const CURRENT_YEAR = 2026;
export const THROUGH_MONTH = 9;
export const ENTERED_INDICATORS = 150;
export const SEED = 20261124;

export interface CatalogueEntry {
  code: string;
  aggregation: Aggregation;
  weightCode: string | null;
  numeratorCode: string | null;
  denominatorCode: string | null;
  sortOrder: number;
}

/** How one entered indicator's values are generated (ratios are computed, never entered). */
export interface Generator {
  idx: number;
  code: string;
  aggregation: Aggregation;
  /** Coverage: the denominator is lo + h % span and the value at most that; otherwise the value is lo + h % span. */
  lo: number;
  span: number;
  /** Weighted averages: the weight indicator's generator (its value is the weight), as apply_rollup reads it. */
  weight: { idx: number; lo: number; span: number } | null;
}

export interface BenchCatalogue {
  /** Synthetic rows added to the `indicators` table for every bench year. */
  synthetic: CatalogueEntry[];
  generators: Generator[];
}

const syntheticKinds: Aggregation[] = [
  'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'sum', 'sum',
  'latest', 'latest', 'max', 'coverage', 'coverage', 'sum', 'weighted_avg',
];
const sumSpans = [10, 30, 100, 500, 2000];

function range(aggregation: Aggregation, idx: number): { lo: number; span: number } {
  switch (aggregation) {
    case 'latest': return { lo: 200, span: 5000 };
    case 'max': return { lo: 1, span: 3 };
    case 'coverage': return { lo: 1, span: 30 };
    case 'weighted_avg': return { lo: 1, span: 5 };
    default: return { lo: 0, span: sumSpans[idx % sumSpans.length] };
  }
}

/**
 * The real catalogue (as the migrations seed it) plus enough synthetic indicators for
 * ENTERED_INDICATORS entered values: mostly flows, some stocks, maxima, coverages and weighted averages.
 */
export function benchCatalogue(real: CatalogueEntry[]): BenchCatalogue {
  const realEntered = real.filter((entry) => entry.aggregation !== 'ratio');
  const synthetic: CatalogueEntry[] = [];
  const maxOrder = Math.max(0, ...real.map((entry) => entry.sortOrder));
  for (let n = 1; realEntered.length + synthetic.length < ENTERED_INDICATORS; n++) {
    const aggregation = syntheticKinds[(n - 1) % syntheticKinds.length];
    const code = `BENCH_${String(n).padStart(3, '0')}`;
    // A weighted average is weighted by the flow just before it (a count of survey forms, say).
    const weightCode = aggregation === 'weighted_avg' ? `BENCH_${String(n - 1).padStart(3, '0')}` : null;
    synthetic.push({ code, aggregation, weightCode, numeratorCode: null, denominatorCode: null, sortOrder: maxOrder + n });
  }
  const entered = [...realEntered, ...synthetic].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const idxOf = new Map(entered.map((entry, i) => [entry.code, i + 1]));
  const generators: Generator[] = entered.map((entry) => {
    const idx = idxOf.get(entry.code) as number;
    let weight: Generator['weight'] = null;
    if (entry.weightCode) {
      const weightEntry = entered.find((e) => e.code === entry.weightCode);
      if (!weightEntry || weightEntry.aggregation === 'coverage') throw new Error(`weight ${entry.weightCode} of ${entry.code} is not a plain entered indicator`);
      const weightIdx = idxOf.get(entry.weightCode) as number;
      weight = { idx: weightIdx, ...range(weightEntry.aggregation, weightIdx) };
    }
    return { idx, code: entry.code, aggregation: entry.aggregation, ...range(entry.aggregation, idx), weight };
  });
  return { synthetic, generators };
}

export type Dialect = 'postgres' | 'duckdb';

/** A well-mixed non-negative integer < 2^31 from (commune, indicator, year, month): two Park–Miller steps over a linear seed. */
export function hashSql(commune: string, indicator: string, year: string, month: string): string {
  const h0 = `((${commune})::BIGINT * 1103515245 + (${indicator})::BIGINT * 2654435761 + (${year})::BIGINT * 40503 + (${month})::BIGINT * 9973 + ${SEED}) % 2147483647`;
  const h1 = `((${h0}) * 48271) % 2147483647`;
  return `((${h1}) * 48271) % 2147483647`;
}

/** The same hash in JS (for spot checks). */
export function hashJs(commune: number, indicator: number, year: number, month: number): bigint {
  const p = 2147483647n;
  const h0 = (BigInt(commune) * 1103515245n + BigInt(indicator) * 2654435761n + BigInt(year) * 40503n + BigInt(month) * 9973n + BigInt(SEED)) % p;
  const h1 = (h0 * 48271n) % p;
  return (h1 * 48271n) % p;
}

/**
 * Select-list expressions for value, denominator and weight of a row `r` that has the
 * generator's columns (kind, lo, span, w_idx, w_lo, w_span), the commune id, y, m and its hash h.
 */
export function valueExpressions(dialect: Dialect, r: string) {
  const div = dialect === 'duckdb' ? '//' : '/';
  const denominator = `CASE WHEN ${r}.kind = 'coverage' THEN ${r}.lo + ${r}.h % ${r}.span ELSE 0 END`;
  const value = `CASE WHEN ${r}.kind = 'coverage' THEN (${r}.h ${div} 7) % (${r}.lo + ${r}.h % ${r}.span + 1) ELSE ${r}.lo + ${r}.h % ${r}.span END`;
  const weight = `CASE WHEN ${r}.w_idx IS NULL THEN 0 ELSE ${r}.w_lo + ${hashSql(`${r}.id`, `${r}.w_idx`, `${r}.y`, `${r}.m`)} % ${r}.w_span END`;
  return { value, denominator, weight };
}

export function generatorValuesSql(generators: Generator[]): string {
  return generators
    .map((g) => `(${g.idx}, '${g.code}', '${g.aggregation === 'coverage' ? 'coverage' : 'plain'}', ${g.lo}, ${g.span}, ${g.weight?.idx ?? 'NULL'}, ${g.weight?.lo ?? 'NULL'}, ${g.weight?.span ?? 'NULL'})`)
    .join(',\n');
}

export const generatorColumns = 'idx, code, kind, lo, span, w_idx, w_lo, w_span';

// ---------------------------------------------------------------------------------------------
// PostgreSQL / PGlite bulk load

/**
 * Work tables of the load (dropped at its end): the generators (with whether each is a stock),
 * the communes with their parent and a load bucket, and the ancestors' monthly sums per indicator
 * (integers: every generated figure is one).
 */
export function pgWorkTablesSql(generators: Generator[]): string {
  const rules = generators.map((g) => `('${g.code}', '${g.aggregation}')`).join(', ');
  return `
    DROP TABLE IF EXISTS bench_gen, bench_communes, bench_agg;
    CREATE TABLE bench_gen (idx integer PRIMARY KEY, code text NOT NULL, kind text NOT NULL, lo bigint NOT NULL, span bigint NOT NULL,
                            w_idx integer, w_lo bigint, w_span bigint, aggregation text);
    INSERT INTO bench_gen (${generatorColumns}) VALUES ${generatorValuesSql(generators)};
    UPDATE bench_gen g SET aggregation = r.aggregation FROM (VALUES ${rules}) AS r(code, aggregation) WHERE r.code = g.code;
    CREATE TABLE bench_communes (id integer PRIMARY KEY, parent_id integer NOT NULL, parent_level integer NOT NULL, bucket integer NOT NULL);
    CREATE UNLOGGED TABLE bench_agg (unit_id integer NOT NULL, lvl integer NOT NULL, year integer NOT NULL, period_index integer NOT NULL,
                                     indicator_code text NOT NULL, value_sum bigint NOT NULL, denominator_sum bigint NOT NULL,
                                     value_max bigint NOT NULL, weighted_sum bigint NOT NULL, weight_sum bigint NOT NULL, reports bigint NOT NULL);`;
}

/**
 * One bucket's generated commune values (c.id, c.parent_id, c.parent_level, y, m, code, v, d, w),
 * in the order monthly approvals would write them: by year, month, commune, then indicator.
 * The OFFSET 0 subqueries keep that nested-loop order and compute each hash once.
 */
function pgGeneratedSql(bucket: number): string {
  const v = valueExpressions('postgres', 'r');
  return `
      SELECT r.id, r.parent_id, r.parent_level, r.y, r.m, r.code, ${v.value} AS v, ${v.denominator} AS d, ${v.weight} AS w FROM (
        SELECT c.id, c.parent_id, c.parent_level, y.y, m.m, g.code, g.kind, g.lo, g.span, g.w_idx, g.w_lo, g.w_span,
               ${hashSql('c.id', 'g.idx', 'y.y', 'm.m')} AS h
          FROM (VALUES ${YEARS.map((year) => `(${year})`).join(', ')}) AS y(y)
         CROSS JOIN LATERAL (SELECT gs AS m FROM generate_series(1, ${MONTHS}) gs WHERE y.y > 0 OFFSET 0) AS m
         CROSS JOIN LATERAL (SELECT * FROM bench_communes WHERE bucket = ${bucket} AND m.m > 0 ORDER BY id OFFSET 0) AS c
         CROSS JOIN LATERAL (SELECT * FROM bench_gen WHERE c.id > 0 ORDER BY code OFFSET 0) AS g
        OFFSET 0) AS r`;
}

/**
 * The packed rows of one unit and year from its monthly totals per indicator (columns code,
 * aggregation, m, v, d, mx, ws, w, n): for each month its 'period' row and its 'year_to_date' row,
 * where flows are summed and maxima taken over months 1..m and a stock is month m's own: exactly
 * what apply_rollup leaves after every month's approval.
 */
function pgPackSql(monthly: string): string {
  // The migration's rollup_entry format, from integers (cheaper than its numeric arguments): every
  // generated coverage denominator and weight is at least 1, so a kind's entry always has its parts.
  const entry = (p: string) => `'[' || ${p}v || ',' || ${p}n || CASE cum.aggregation WHEN 'max' THEN ',' || ${p}mx
    WHEN 'coverage' THEN ',null,' || ${p}d WHEN 'weighted_avg' THEN ',null,0,' || ${p}ws || ',' || ${p}w ELSE '' END || ']'`;
  return `
      SELECT s.span, s.period_index, ('{' || string_agg(to_json(s.code)::text || ':' || s.entry, ',') || '}')::json AS totals
        FROM (SELECT q.*, sum(q.v) OVER w AS cv, sum(q.d) OVER w AS cd, max(q.mx) OVER w AS cmx, sum(q.ws) OVER w AS cws,
                     sum(q.w) OVER w AS cw, sum(q.n) OVER w AS cn
                FROM (${monthly}) AS q
              WINDOW w AS (PARTITION BY q.code ORDER BY q.m)) AS cum
       CROSS JOIN LATERAL (VALUES ('period', cum.m, cum.code, ${entry('cum.')}),
                                  ('year_to_date', cum.m, cum.code, CASE WHEN cum.aggregation = 'latest' THEN ${entry('cum.')} ELSE ${entry('cum.c')} END))
                          AS s(span, period_index, code, entry)
       GROUP BY s.span, s.period_index`;
}

/** One bucket's commune rows of rollup_periods: what approving each commune's monthly reports leaves on its own unit. */
export function pgCommuneRowsSql(bucket: number): string {
  const v = valueExpressions('postgres', 'r');
  const monthly = `
          SELECT r.code, r.aggregation, r.m, r.v, r.d, r.v AS mx, r.v * r.w AS ws, r.w, 1 AS n FROM (
            SELECT r.code, r.aggregation, r.m, ${v.value} AS v, ${v.denominator} AS d, ${v.weight} AS w FROM (
              SELECT c.id, y.y, m.m, g.code, g.aggregation, g.kind, g.lo, g.span, g.w_idx, g.w_lo, g.w_span, ${hashSql('c.id', 'g.idx', 'y.y', 'm.m')} AS h
                FROM bench_gen g CROSS JOIN generate_series(1, ${MONTHS}) AS m(m)
              OFFSET 0) AS r
          OFFSET 0) AS r`;
  return `
    INSERT INTO rollup_periods (unit_id, template, year, span, period_index, totals)
    SELECT c.id, 'monthly', y.y, p.span, p.period_index, p.totals
      FROM (SELECT * FROM bench_communes WHERE bucket = ${bucket} ORDER BY id) AS c
     CROSS JOIN (VALUES ${YEARS.map((year) => `(${year})`).join(', ')}) AS y(y)
     CROSS JOIN LATERAL (${pgPackSql(monthly)}) AS p`;
}

/**
 * The ancestors' rows, bottom-up, as sums of their children's (what adding every commune's values
 * to all its ancestors amounts to). The communes' parents are summed straight from the generator,
 * per bucket (buckets are whole provinces, so no parent spans two); then level by level up to the
 * root; then each ancestor's monthly sums are packed like a commune's. Every unit has either only
 * communes or only non-communes as children, so each ancestor is computed exactly once.
 */
export const pgAncestorSteps = {
  communeParents: (bucket: number) => `
    INSERT INTO bench_agg
    SELECT s.parent_id, s.parent_level, s.y, s.m, s.code, sum(s.v), sum(s.d), max(s.v), sum(s.v * s.w), sum(s.w), count(*)
      FROM (${pgGeneratedSql(bucket)}) AS s
     GROUP BY s.parent_id, s.parent_level, s.y, s.m, s.code`,
  maxLevel: `SELECT max(lvl) AS lvl FROM bench_agg`,
  level: (sourceLevel: number) => `
    INSERT INTO bench_agg
    SELECT u.parent_id, a.lvl - 1, a.year, a.period_index, a.indicator_code,
           sum(a.value_sum), sum(a.denominator_sum), max(a.value_max), sum(a.weighted_sum), sum(a.weight_sum), sum(a.reports)
      FROM bench_agg a JOIN units u ON u.id = a.unit_id
     WHERE a.lvl = ${sourceLevel} AND u.parent_id IS NOT NULL
     GROUP BY u.parent_id, a.lvl, a.year, a.period_index, a.indicator_code`,
  insert: `
    CREATE INDEX bench_agg_unit_year ON bench_agg (unit_id, year);
    ANALYZE bench_agg;
    INSERT INTO rollup_periods (unit_id, template, year, span, period_index, totals)
    SELECT u.unit_id, 'monthly', u.year, p.span, p.period_index, p.totals
      FROM (SELECT DISTINCT unit_id, year, lvl FROM bench_agg ORDER BY lvl, unit_id, year) AS u
     CROSS JOIN LATERAL (${pgPackSql(`
          SELECT a.indicator_code AS code, g.aggregation, a.period_index AS m, a.value_sum AS v, a.denominator_sum AS d, a.value_max AS mx,
                 a.weighted_sum AS ws, a.weight_sum AS w, a.reports AS n
            FROM bench_agg a JOIN bench_gen g ON g.code = a.indicator_code
           WHERE a.unit_id = u.unit_id AND a.year = u.year`)}) AS p`,
};

// ---------------------------------------------------------------------------------------------
// DuckDB: the raw monthly values themselves

export function duckRawSql(table: string, communesTable: string): string {
  const v = valueExpressions('duckdb', 'r');
  return `
    CREATE TABLE ${table} AS
    SELECT r.id::INTEGER AS commune_id, r.y::SMALLINT AS year, r.m::TINYINT AS month, r.idx::SMALLINT AS indicator_idx,
           (${v.value})::INTEGER AS value, (${v.denominator})::INTEGER AS denominator, (${v.weight})::INTEGER AS weight
      FROM (
        SELECT c.id, y.y, m.m, g.idx, g.kind, g.lo, g.span, g.w_idx, g.w_lo, g.w_span, ${hashSql('c.id', 'g.idx', 'y.y', 'm.m')} AS h
          FROM ${communesTable} c
         CROSS JOIN (VALUES ${YEARS.map((year) => `(${year})`).join(', ')}) AS y(y)
         CROSS JOIN range(1, ${MONTHS + 1}) AS m(m)
         CROSS JOIN bench_gen g
      ) AS r`;
}
