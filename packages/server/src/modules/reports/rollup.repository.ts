// The maintained rollup (rollup_periods, rollup_slots): approved figures summed into every ancestor's totals.
import type { Aggregation, Template } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import type { TotalsLookup } from './aggregation.js';

/** One indicator's figures of an approved report, as they enter the totals of its unit and ancestors. */
export interface RollupValue {
  code: string;
  value: number | null;
  denominator: number | null;
  weight: number | null;
  /** The indicator's rule in the round: a 'latest' one counts in year-to-date totals for its own period only. */
  kind: Aggregation;
}

/**
 * Adds (sign 1) or removes (sign -1) an approved report's figures to its unit's and every
 * ancestor's totals: its period's, and the year-to-date ones of its period and every later one.
 */
export async function applyRollup(
  sql: Sql,
  args: { unitId: number; template: Template; year: number; periodIndex: number; sign: 1 | -1; values: RollupValue[] },
): Promise<void> {
  await sql.query(`SELECT apply_rollup($1, $2, $3, $4, $5, $6::jsonb)`, [
    args.unitId,
    args.template,
    args.year,
    args.periodIndex,
    args.sign,
    JSON.stringify(args.values),
  ]);
}

/** The nearest unit above the report's whose report of the same round is approved (db/functions/scope_lookups.sql), or null. */
export async function findApprovedReportAbove(sql: Sql, reportId: number): Promise<string | null> {
  const { rows } = await sql.query<{ name: string | null }>(`SELECT approved_report_above($1) AS name`, [reportId]);
  return rows[0]?.name ?? null;
}

/** After a withdrawal: recomputes the maxima that the withdrawn values may have been, from the approved reports left. */
export async function recomputeRollupMax(
  sql: Sql,
  args: {
    unitId: number;
    template: Template;
    year: number;
    periodIndex: number;
    values: { code: string; value: number | null }[];
  },
): Promise<void> {
  if (!args.values.some((v) => v.value !== null)) return;
  await sql.query(`SELECT recompute_rollup_max($1, $2, $3, $4, $5::jsonb)`, [
    args.unitId,
    args.template,
    args.year,
    args.periodIndex,
    JSON.stringify(args.values),
  ]);
}

/** value_max, denominator_sum, weighted_sum, weight_sum of the entries that have any, by slot. */
type PackedExtras = Readonly<Record<string, readonly [number | null, number, number, number]>>;

/**
 * One unit's packed totals read in place (layout: migration 0014, db/functions/rollup.sql): [value_sum, reports] of slot s at 2s
 * and 2s + 1, the rarer fields in `extras`; a code's key is its slot.
 */
class PackedTotalsLookup implements TotalsLookup {
  constructor(
    private readonly sums: readonly number[],
    private readonly extras: PackedExtras | null,
    readonly keys: ReadonlyMap<string, number>,
  ) {}

  present(slot: number): boolean {
    // A slot no approved report reaches (any more) is absent, as it was before the code had a slot.
    return 2 * slot < this.sums.length && this.sums[2 * slot + 1] > 0;
  }

  valueSum(slot: number): number {
    return this.sums[2 * slot];
  }

  valueMax(slot: number): number | null {
    return this.extras?.[slot]?.[0] ?? null;
  }

  denominatorSum(slot: number): number {
    return this.extras?.[slot]?.[1] ?? 0;
  }

  weightedSum(slot: number): number {
    return this.extras?.[slot]?.[2] ?? 0;
  }

  weightSum(slot: number): number {
    return this.extras?.[slot]?.[3] ?? 0;
  }
}

export type TotalsSpan = 'period' | 'year_to_date';

/** The read behind every rollup view: one row per unit and year. */
export const totalsSql = `
  SELECT unit_id, year, totals, extras, (SELECT max(xmin::text::bigint) FROM rollup_slots)::text AS slots_version
    FROM rollup_periods
   WHERE unit_id = ANY($1::int[]) AND template = $2 AND year = ANY($3::int[]) AND span = $4 AND period_index = $5`;

/**
 * Maintained totals of several units for a period and the same period of other years, keyed
 * `unit:year`; span 'year_to_date' gives periods 1..periodIndex of monthly or quarterly reports.
 */
export async function findTotals(
  sql: Sql,
  args: { unitIds: number[]; template: Template; years: number[]; periodIndex: number; span?: TotalsSpan },
): Promise<Map<string, TotalsLookup>> {
  const { rows } = await sql.query<{
    unit_id: number;
    year: number;
    totals: number[];
    extras: PackedExtras | null;
    slots_version: string;
  }>(totalsSql, [args.unitIds, args.template, args.years, args.span ?? 'period', args.periodIndex]);
  if (rows.length === 0) return new Map();
  const slots = await findRollupSlots(sql, rows[0].slots_version);
  return new Map(
    rows.map((row) => [`${row.unit_id}:${row.year}`, new PackedTotalsLookup(row.totals, row.extras, slots)]),
  );
}

/**
 * Each indicator code's place in the packed rows; a slot, once given, never changes. Kept per database with the
 * version the totals were read with (the newest row's xmin: a slot added, or the table restored, moves it), so the
 * map is read again only when that changes, not on every view.
 */
async function findRollupSlots(sql: Sql, version: string): Promise<Map<string, number>> {
  const kept = sql.cache?.get(slotsCacheKey) as { version: string; slots: Map<string, number> } | undefined;
  if (kept?.version === version) return kept.slots;
  const { rows } = await sql.query<{ code: string; slot: number }>(`SELECT code, slot FROM rollup_slots`);
  const slots = new Map(rows.map((row) => [row.code, row.slot]));
  sql.cache?.set(slotsCacheKey, { version, slots });
  return slots;
}

const slotsCacheKey = 'reports:rollup_slots';
