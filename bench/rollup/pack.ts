// The maintained rows of the national dataset, generated in Node: every commune's monthly values
// (the same seeded hash as SQL and DuckDB, in exact double arithmetic), packed into the rows that
// approving every commune's monthly report through apply_rollup leaves on rollup_periods — for
// each unit, year and month its 'period' row and its 'year_to_date' row (flows summed and maxima
// taken over months 1..m, a stock month m's own) — for the communes and, summed, every ancestor.
// Built here rather than in SQL because formatting ~100 M JSON entries costs PostgreSQL microseconds
// each and Node a tenth of that; the load checks the result against SQL and the JS generator.
import { MONTHS, SEED, YEARS, type Generator } from './dataset.js';
import type { UnitSet } from './units.js';

const P = 2147483647;

/** hashJs of dataset.ts in doubles: every intermediate stays below 2^53, so it is exact. */
export function hashNumber(commune: number, indicator: number, year: number, month: number): number {
  const h0 = (((commune * 1103515245) % P) + ((indicator * 2654435761) % P) + year * 40503 + month * 9973 + SEED) % P;
  const h1 = (h0 * 48271) % P;
  return (h1 * 48271) % P;
}

/** One indicator's rarer fields in a packed row's extras, as apply_rollup (db/functions/rollup.sql) leaves them for the kind; null when it has none. */
function extra(g: Generator, mx: number, d: number, ws: number, w: number): string | null {
  switch (g.aggregation) {
    case 'max':
      return `[${mx},0,0,0]`;
    case 'coverage':
      return d !== 0 ? `[null,${d},0,0]` : null;
    case 'weighted_avg':
      return ws !== 0 || w !== 0 ? `[null,0,${ws},${w}]` : null;
    default:
      return null;
  }
}

export interface PackedRow {
  unitId: number;
  year: number;
  span: 'period' | 'year_to_date';
  periodIndex: number;
  totals: string;
  extras: string | null;
}

const FIELDS = 6; // v, d, max, ws, w, n per unit, year, month, indicator

/**
 * Monthly sums of one unit and year: Float64Array indexed [(month - 1) * generators + g] * FIELDS.
 * Packs them into 12 'period' and 12 'year_to_date' rows, generator i in slot i.
 */
function packUnitYear(
  generators: Generator[],
  unitId: number,
  year: number,
  sums: Float64Array,
  offset: number,
): PackedRow[] {
  const rows: PackedRow[] = [];
  const count = generators.length;
  const cv = new Float64Array(count),
    cd = new Float64Array(count),
    cmx = new Float64Array(count).fill(-Infinity);
  const cws = new Float64Array(count),
    cw = new Float64Array(count),
    cn = new Float64Array(count);
  for (let m = 1; m <= MONTHS; m++) {
    const period: number[] = [];
    const ytd: number[] = [];
    const periodExtras: string[] = [];
    const ytdExtras: string[] = [];
    let reached = false;
    for (let gi = 0; gi < count; gi++) {
      const g = generators[gi];
      const at = offset + ((m - 1) * count + gi) * FIELDS;
      const v = sums[at],
        d = sums[at + 1],
        mx = sums[at + 2],
        ws = sums[at + 3],
        w = sums[at + 4],
        n = sums[at + 5];
      if (n > 0) {
        reached = true;
        cv[gi] += v;
        cd[gi] += d;
        cmx[gi] = Math.max(cmx[gi], mx);
        cws[gi] += ws;
        cw[gi] += w;
        cn[gi] += n;
      }
      const own = n > 0 ? extra(g, mx, d, ws, w) : null;
      if (own) periodExtras.push(`"${gi}":${own}`);
      period.push(n > 0 ? v : 0, n);
      // A stock's year to date is the month's own; a flow's, the months so far.
      if (g.aggregation === 'latest') {
        ytd.push(n > 0 ? v : 0, n);
        if (own) ytdExtras.push(`"${gi}":${own}`);
      } else {
        ytd.push(cv[gi], cn[gi]);
        const soFar = cn[gi] > 0 ? extra(g, cmx[gi], cd[gi], cws[gi], cw[gi]) : null;
        if (soFar) ytdExtras.push(`"${gi}":${soFar}`);
      }
    }
    if (reached) {
      const packed = (extras: string[]) => (extras.length ? `{${extras.join(',')}}` : null);
      rows.push({
        unitId,
        year,
        span: 'period',
        periodIndex: m,
        totals: `[${period.join(',')}]`,
        extras: packed(periodExtras),
      });
      rows.push({
        unitId,
        year,
        span: 'year_to_date',
        periodIndex: m,
        totals: `[${ytd.join(',')}]`,
        extras: packed(ytdExtras),
      });
    }
  }
  return rows;
}

/**
 * Generates the packed rows of the given communes and all their ancestors, handing them to `emit`
 * in batches (communes as they are generated, then the ancestors).
 */
export async function generatePackedRows(args: {
  set: UnitSet;
  communeIds: number[];
  generators: Generator[];
  emit: (rows: PackedRow[]) => Promise<void>;
  batchRows?: number;
}): Promise<{ rows: number }> {
  const { set, communeIds, generators, emit } = args;
  const batchRows = args.batchRows ?? 2000;
  const count = generators.length;
  const parentOf = new Map(set.units.map((u) => [u.id, u.parent_id]));
  const ancestorsOf = (id: number): number[] => {
    const chain: number[] = [];
    for (let p = parentOf.get(id); p !== undefined && p !== null; p = parentOf.get(p)) chain.push(p);
    return chain;
  };
  const ancestorIndex = new Map<number, number>();
  for (const id of communeIds)
    for (const a of ancestorsOf(id)) if (!ancestorIndex.has(a)) ancestorIndex.set(a, ancestorIndex.size);
  const perUnitYear = MONTHS * count * FIELDS;
  const ancestorSums = new Float64Array(ancestorIndex.size * YEARS.length * perUnitYear);
  for (let i = 2; i < ancestorSums.length; i += FIELDS) ancestorSums[i] = -Infinity;
  const own = new Float64Array(perUnitYear);

  let pending: PackedRow[] = [];
  let total = 0;
  const flush = async (force: boolean) => {
    if (pending.length && (force || pending.length >= batchRows)) {
      total += pending.length;
      const batch = pending;
      pending = [];
      await emit(batch);
    }
  };

  for (const communeId of communeIds) {
    const ancestors = ancestorsOf(communeId).map((a) => ancestorIndex.get(a) as number);
    for (let yi = 0; yi < YEARS.length; yi++) {
      const year = YEARS[yi];
      for (let m = 1; m <= MONTHS; m++) {
        for (let gi = 0; gi < count; gi++) {
          const g = generators[gi];
          const h = hashNumber(communeId, g.idx, year, m);
          let v: number,
            d = 0;
          if (g.aggregation === 'coverage') {
            d = g.lo + (h % g.span);
            v = Math.floor(h / 7) % (d + 1);
          } else {
            v = g.lo + (h % g.span);
          }
          const w = g.weight ? g.weight.lo + (hashNumber(communeId, g.weight.idx, year, m) % g.weight.span) : 0;
          const at = ((m - 1) * count + gi) * FIELDS;
          own[at] = v;
          own[at + 1] = d;
          own[at + 2] = v;
          own[at + 3] = v * w;
          own[at + 4] = w;
          own[at + 5] = 1;
          for (const a of ancestors) {
            const t = (a * YEARS.length + yi) * perUnitYear + at;
            ancestorSums[t] += v;
            ancestorSums[t + 1] += d;
            ancestorSums[t + 2] = Math.max(ancestorSums[t + 2], v);
            ancestorSums[t + 3] += v * w;
            ancestorSums[t + 4] += w;
            ancestorSums[t + 5] += 1;
          }
        }
      }
      pending.push(...packUnitYear(generators, communeId, year, own, 0));
      await flush(false);
    }
  }
  for (const [unitId, a] of ancestorIndex) {
    for (let yi = 0; yi < YEARS.length; yi++) {
      pending.push(...packUnitYear(generators, unitId, YEARS[yi], ancestorSums, (a * YEARS.length + yi) * perUnitYear));
      await flush(false);
    }
  }
  await flush(true);
  return { rows: total };
}
