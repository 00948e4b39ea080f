// The generated figures: 150 entered indicators (the real catalogue's 69 entered ones plus 81
// synthetic ones), a value per commune, indicator, month and year from a seeded integer hash
// that PostgreSQL, PGlite, DuckDB and Node (pack.ts, which fills rollup_periods) compute identically.
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
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'sum',
  'latest',
  'latest',
  'max',
  'coverage',
  'coverage',
  'sum',
  'weighted_avg',
];
const sumSpans = [10, 30, 100, 500, 2000];

function range(aggregation: Aggregation, idx: number): { lo: number; span: number } {
  switch (aggregation) {
    case 'latest':
      return { lo: 200, span: 5000 };
    case 'max':
      return { lo: 1, span: 3 };
    case 'coverage':
      return { lo: 1, span: 30 };
    case 'weighted_avg':
      return { lo: 1, span: 5 };
    default:
      return { lo: 0, span: sumSpans[idx % sumSpans.length] };
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
    synthetic.push({
      code,
      aggregation,
      weightCode,
      numeratorCode: null,
      denominatorCode: null,
      sortOrder: maxOrder + n,
    });
  }
  const entered = [...realEntered, ...synthetic].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const idxOf = new Map(entered.map((entry, i) => [entry.code, i + 1]));
  const generators: Generator[] = entered.map((entry) => {
    const idx = idxOf.get(entry.code) as number;
    let weight: Generator['weight'] = null;
    if (entry.weightCode) {
      const weightEntry = entered.find((e) => e.code === entry.weightCode);
      if (!weightEntry || weightEntry.aggregation === 'coverage')
        throw new Error(`weight ${entry.weightCode} of ${entry.code} is not a plain entered indicator`);
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
  const h0 =
    (BigInt(commune) * 1103515245n +
      BigInt(indicator) * 2654435761n +
      BigInt(year) * 40503n +
      BigInt(month) * 9973n +
      BigInt(SEED)) %
    p;
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
    .map(
      (g) =>
        `(${g.idx}, '${g.code}', '${g.aggregation === 'coverage' ? 'coverage' : 'plain'}', ${g.lo}, ${g.span}, ${g.weight?.idx ?? 'NULL'}, ${g.weight?.lo ?? 'NULL'}, ${g.weight?.span ?? 'NULL'})`,
    )
    .join(',\n');
}

export const generatorColumns = 'idx, code, kind, lo, span, w_idx, w_lo, w_span';

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
