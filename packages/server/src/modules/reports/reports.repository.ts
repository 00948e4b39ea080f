import {
  indicatorSchema,
  type Aggregation,
  type Indicator,
  type ReportOutline,
  type ReportStatus,
  type Template,
} from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import type { TotalsLookup } from './aggregation.js';
import { unitOpenDuring } from '../units/index.js';

export interface RoundRow {
  id: number;
  opener_unit_id: number;
  opener_unit_name: string;
  /** Null for readers below the opener, whose scope hides the opener's unit. */
  opener_path: string | null;
  template: Template;
  year: number;
  period_index: number;
  title: string;
  period_start: string;
  period_end: string;
  deadline: string;
  reporting_unit_types: string[];
  indicator_snapshot: Indicator[];
  outline: ReportOutline;
  submitted: number;
  approved: number;
  expected: number;
}

// Progress counts only reports the transaction can see: a ward sees its own, the opener all.
const roundSelect = `
  SELECT r.id, r.opener_unit_id, r.opener_name AS opener_unit_name, o.path::text AS opener_path, r.template, r.year,
         r.period_index, r.title, r.period_start, r.period_end, r.deadline, r.reporting_unit_types, r.indicator_snapshot, r.outline,
         (SELECT count(*) FROM reports p WHERE p.round_id = r.id AND p.status IN ('submitted', 'approved'))::int AS submitted,
         (SELECT count(*) FROM reports p WHERE p.round_id = r.id AND p.status = 'approved')::int AS approved,
         (SELECT count(*) FROM reports p WHERE p.round_id = r.id)::int AS expected
    FROM reporting_rounds r
    LEFT JOIN units o ON o.id = r.opener_unit_id`;

const snapshotSchema = indicatorSchema.array();

/** Rounds visible in the transaction's scope: opened within it, or above it for the units it contains. */
export async function findRounds(sql: Sql): Promise<RoundRow[]> {
  const { rows } = await sql.query<RoundRow>(`${roundSelect} ORDER BY r.year DESC, r.period_end DESC, r.id DESC`);
  return rows;
}

export async function findRound(sql: Sql, id: number): Promise<RoundRow | null> {
  const { rows } = await sql.query<RoundRow>(`${roundSelect} WHERE r.id = $1`, [id]);
  const round = rows[0];
  // Rounds opened before the catalogue had bases, phrases and rules read with their defaults.
  return round ? { ...round, indicator_snapshot: snapshotSchema.parse(round.indicator_snapshot) } : null;
}

/** A round of the same period in which some unit of this subtree already reports (it would be counted twice). */
export async function findOverlappingRound(
  sql: Sql,
  round: { openerPath: string; template: Template; year: number; periodIndex: number },
): Promise<number | null> {
  const { rows } = await sql.query<{ id: number }>(
    `SELECT r.id FROM reports p
       JOIN reporting_rounds r ON r.id = p.round_id
       JOIN units u ON u.id = p.unit_id
      WHERE r.template = $2 AND r.year = $3 AND r.period_index = $4 AND u.path <@ $1::ltree
      LIMIT 1`,
    [round.openerPath, round.template, round.year, round.periodIndex],
  );
  return rows[0]?.id ?? null;
}

export async function insertRound(
  sql: Sql,
  round: {
    openerUnitId: number;
    openerName: string;
    template: Template;
    year: number;
    periodIndex: number;
    title: string;
    periodStart: string;
    periodEnd: string;
    deadline: string;
    reportingUnitTypes: string[];
    indicators: Indicator[];
    createdBy: number;
    outline: ReportOutline;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO reporting_rounds (opener_unit_id, opener_name, template, year, period_index, title, period_start, period_end, deadline,
                                   reporting_unit_types, indicator_snapshot, created_by, outline)
     VALUES ($1, $12, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13) RETURNING id`,
    [
      round.openerUnitId,
      round.template,
      round.year,
      round.periodIndex,
      round.title,
      round.periodStart,
      round.periodEnd,
      round.deadline,
      round.reportingUnitTypes,
      JSON.stringify(round.indicators),
      round.createdBy,
      round.openerName,
      round.outline,
    ],
  );
  return rows[0].id;
}

export async function updateRound(
  sql: Sql,
  id: number,
  change: { title?: string; deadline?: string; indicators?: Indicator[] },
): Promise<void> {
  await sql.query(
    `UPDATE reporting_rounds SET title = COALESCE($2, title), deadline = COALESCE($3::date, deadline),
            indicator_snapshot = COALESCE($4::jsonb, indicator_snapshot) WHERE id = $1`,
    [id, change.title ?? null, change.deadline ?? null, change.indicators ? JSON.stringify(change.indicators) : null],
  );
}

/** Whether anyone has worked in the round: a report submitted once, or figures or text entered by hand. */
export async function roundHasWork(sql: Sql, id: number): Promise<boolean> {
  const { rows } = await sql.query<{ worked: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM reports p
        WHERE p.round_id = $1
          AND (p.status <> 'draft' OR p.submitted_at IS NOT NULL OR p.version > 1 OR p.narrative <> '{}'::jsonb
               OR EXISTS (SELECT 1 FROM report_values v WHERE v.report_id = p.id AND v.source <> 'computed'))) AS worked`,
    [id],
  );
  return rows[0].worked;
}

/** Removes a round nobody has worked in, with its forms and their computed figures. */
export async function deleteRound(sql: Sql, id: number): Promise<number> {
  await sql.query(`DELETE FROM report_values WHERE report_id IN (SELECT id FROM reports WHERE round_id = $1)`, [id]);
  const { rows } = await sql.query<{ id: number }>(`DELETE FROM reports WHERE round_id = $1 RETURNING id`, [id]);
  await sql.query(`DELETE FROM reporting_rounds WHERE id = $1`, [id]);
  return rows.length;
}

/** One report per unit of the listed types open during the period in the opener's subtree, and the opener's own. */
export async function insertReportsForRound(
  sql: Sql,
  round: {
    id: number;
    openerUnitId: number;
    openerPath: string;
    types: string[];
    periodStart: string;
    periodEnd: string;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO reports (round_id, unit_id)
     SELECT $1, u.id FROM units u
      WHERE u.path <@ $2::ltree
        AND (u.id = $3 OR u.type = ANY($4::text[]))
        AND ${unitOpenDuring('u', '$5::date', '$6::date')}
     RETURNING id`,
    [round.id, round.openerPath, round.openerUnitId, round.types, round.periodStart, round.periodEnd],
  );
  return rows.length;
}

export interface ReportRow {
  id: number;
  round_id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  status: ReportStatus;
  version: number;
  narrative: Record<string, string>;
  return_comment: string | null;
  submitted_at: Date | null;
  first_submitted_at: Date | null;
  approved_at: Date | null;
  /** The fingerprint of the figures its narrative was drafted from ({fingerprint}), null: never drafted. */
  narrative_basis: { fingerprint?: string } | null;
  /** What its Word document was last exported with (unchecked JSON: the view parses it). */
  export_settings: unknown;
}

const reportSelect = `
  SELECT p.id, p.round_id, p.unit_id, u.name AS unit_name, u.path::text AS unit_path, p.status, p.version,
         p.narrative, p.return_comment, p.submitted_at, p.first_submitted_at, p.approved_at, p.narrative_basis, p.export_settings
    FROM reports p JOIN units u ON u.id = p.unit_id`;

export async function findReport(
  sql: Sql,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ReportRow | null> {
  const { rows } = await sql.query<ReportRow>(
    `${reportSelect} WHERE p.id = $1 ${options.forUpdate ? 'FOR UPDATE OF p' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findReportOfUnit(sql: Sql, roundId: number, unitId: number): Promise<ReportRow | null> {
  const { rows } = await sql.query<ReportRow>(`${reportSelect} WHERE p.round_id = $1 AND p.unit_id = $2`, [
    roundId,
    unitId,
  ]);
  return rows[0] ?? null;
}

export interface CompletenessSqlRow {
  report_id: number;
  unit_id: number;
  unit_name: string;
  parent_name: string | null;
  status: ReportStatus;
  submitted_at: Date | null;
  first_submitted_at: Date | null;
}

export async function findRoundReports(sql: Sql, roundId: number): Promise<CompletenessSqlRow[]> {
  const { rows } = await sql.query<CompletenessSqlRow>(
    `SELECT p.id AS report_id, p.unit_id, u.name AS unit_name, parent.name AS parent_name, p.status, p.submitted_at, p.first_submitted_at
       FROM reports p JOIN units u ON u.id = p.unit_id LEFT JOIN units parent ON parent.id = u.parent_id
      WHERE p.round_id = $1 ORDER BY u.path`,
    [roundId],
  );
  return rows;
}

export interface ValueRow {
  indicator_code: string;
  value: number | null;
  denominator: number | null;
  source: 'entered' | 'computed' | 'adjusted';
  adjust_reason: string | null;
  computed_value: number | null;
}

export async function findValues(sql: Sql, reportId: number): Promise<ValueRow[]> {
  const { rows } = await sql.query<ValueRow>(
    `SELECT indicator_code, value, denominator, source, adjust_reason, computed_value FROM report_values WHERE report_id = $1`,
    [reportId],
  );
  return rows;
}

export async function upsertValues(
  sql: Sql,
  reportId: number,
  values: {
    code: string;
    value: number | null;
    denominator: number | null;
    source: string;
    adjustReason: string | null;
    computedValue: number | null;
  }[],
): Promise<void> {
  if (values.length === 0) return;
  await sql.query(
    `INSERT INTO report_values (report_id, indicator_code, value, denominator, source, adjust_reason, computed_value)
     SELECT $1, v.code, v.value, v.denominator, v.source, v."adjustReason", v."computedValue"
       FROM jsonb_to_recordset($2::jsonb) AS v(code text, value numeric, denominator numeric, source text, "adjustReason" text, "computedValue" numeric)
     ON CONFLICT (report_id, indicator_code) DO UPDATE SET
       value = EXCLUDED.value, denominator = EXCLUDED.denominator, source = EXCLUDED.source,
       adjust_reason = EXCLUDED.adjust_reason, computed_value = EXCLUDED.computed_value`,
    [reportId, JSON.stringify(values)],
  );
}

export async function updateReportState(
  sql: Sql,
  id: number,
  changes: {
    status?: ReportStatus;
    narrative?: Record<string, string>;
    returnComment?: string | null;
    submitted?: boolean;
    approvedBy?: number | null;
    version?: number;
  },
): Promise<void> {
  await sql.query(
    `UPDATE reports SET
        status = coalesce($2, status),
        narrative = coalesce($3::jsonb, narrative),
        return_comment = CASE WHEN $4::boolean THEN $5 ELSE return_comment END,
        submitted_at = CASE WHEN $6::boolean THEN now() WHEN $2 = 'draft' THEN NULL ELSE submitted_at END,
        first_submitted_at = CASE WHEN $6::boolean THEN coalesce(first_submitted_at, now()) ELSE first_submitted_at END,
        approved_at = CASE WHEN $7::boolean THEN now() WHEN $2 IS NOT NULL AND $2 <> 'approved' THEN NULL ELSE approved_at END,
        approved_by = CASE WHEN $7::boolean THEN $8 WHEN $2 IS NOT NULL AND $2 <> 'approved' THEN NULL ELSE approved_by END,
        version = coalesce($9, version),
        updated_at = now()
      WHERE id = $1`,
    [
      id,
      changes.status ?? null,
      changes.narrative ? JSON.stringify(changes.narrative) : null,
      changes.returnComment !== undefined,
      changes.returnComment ?? null,
      changes.submitted ?? false,
      changes.approvedBy !== undefined && changes.approvedBy !== null,
      changes.approvedBy ?? null,
      changes.version ?? null,
    ],
  );
}

export async function insertReportVersion(
  sql: Sql,
  version: { reportId: number; version: number; snapshot: unknown; reason: string; createdBy: number },
): Promise<void> {
  await sql.query(
    `INSERT INTO report_versions (report_id, version, snapshot, reason, created_by) VALUES ($1, $2, $3, $4, $5)`,
    [version.reportId, version.version, JSON.stringify(version.snapshot), version.reason, version.createdBy],
  );
}

export async function findReportVersions(sql: Sql, reportId: number) {
  const { rows } = await sql.query<{ version: number; reason: string; created_at: Date }>(
    `SELECT version, reason, created_at FROM report_versions WHERE report_id = $1 ORDER BY version DESC`,
    [reportId],
  );
  return rows.map((row) => ({ version: row.version, reason: row.reason, createdAt: row.created_at.toISOString() }));
}

/** A kept version of a report: what insertReportVersion stored on reopening. */
export async function findReportVersion(sql: Sql, reportId: number, version: number) {
  const { rows } = await sql.query<{
    version: number;
    reason: string;
    created_at: Date;
    snapshot: { values: ValueRow[]; narrative: Record<string, string>; approvedAt: string | null };
  }>(`SELECT version, reason, created_at, snapshot FROM report_versions WHERE report_id = $1 AND version = $2`, [
    reportId,
    version,
  ]);
  return rows[0] ?? null;
}

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

/** The nearest unit above the report's whose report of the same round is approved (migration 0015), or null. */
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
 * One unit's packed totals read in place (migration 0014): [value_sum, reports] of slot s at 2s
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
  SELECT unit_id, year, totals, extras FROM rollup_periods
   WHERE unit_id = ANY($1::int[]) AND template = $2 AND year = ANY($3::int[]) AND span = $4 AND period_index = $5`;

/**
 * Maintained totals of several units for a period and the same period of other years, keyed
 * `unit:year`; span 'year_to_date' gives periods 1..periodIndex of monthly or quarterly reports.
 */
export async function findTotals(
  sql: Sql,
  args: { unitIds: number[]; template: Template; years: number[]; periodIndex: number; span?: TotalsSpan },
): Promise<Map<string, TotalsLookup>> {
  const { rows } = await sql.query<{ unit_id: number; year: number; totals: number[]; extras: PackedExtras | null }>(
    totalsSql,
    [args.unitIds, args.template, args.years, args.span ?? 'period', args.periodIndex],
  );
  if (rows.length === 0) return new Map();
  const slots = await findRollupSlots(sql);
  return new Map(
    rows.map((row) => [`${row.unit_id}:${row.year}`, new PackedTotalsLookup(row.totals, row.extras, slots)]),
  );
}

/** Each indicator code's place in the packed rows; a slot, once given, never changes. */
async function findRollupSlots(sql: Sql): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ code: string; slot: number }>(`SELECT code, slot FROM rollup_slots`);
  return new Map(rows.map((row) => [row.code, row.slot]));
}

/** Paths of the units strictly below `unitPath` that have a report of this round: they report for themselves. */
export async function findReportingDescendantPaths(
  sql: Sql,
  args: { unitPath: string; roundId: number },
): Promise<string[]> {
  const { rows } = await sql.query<{ path: string }>(
    `SELECT u.path::text AS path FROM reports p JOIN units u ON u.id = p.unit_id
      WHERE p.round_id = $2 AND u.path <@ $1::ltree AND u.path <> $1::ltree`,
    [args.unitPath, args.roundId],
  );
  return rows.map((row) => row.path);
}

/**
 * Direct children of a unit that have reports of this round somewhere in their subtree, with their
 * own report's status: one pass over the round's reports, each counted under the child it lies in
 * (per child, a province of 30 districts re-read its 500 commune reports 30 times).
 */
export async function findReportingChildren(sql: Sql, args: { unitPath: string; roundId: number }) {
  const { rows } = await sql.query<{
    id: number;
    name: string;
    status: ReportStatus | null;
    expected: number;
    approved: number;
  }>(
    `WITH below AS (
       SELECT subpath(u.path, 0, nlevel($1::ltree) + 1) AS child_path,
              count(*)::int AS expected, (count(*) FILTER (WHERE p.status = 'approved'))::int AS approved
         FROM reports p JOIN units u ON u.id = p.unit_id
        WHERE p.round_id = $2 AND u.path <@ $1::ltree AND nlevel(u.path) > nlevel($1::ltree)
        GROUP BY 1)
     SELECT c.id, c.name, (SELECT own.status FROM reports own WHERE own.round_id = $2 AND own.unit_id = c.id) AS status, b.expected, b.approved
       FROM below b
       JOIN units c ON c.path = b.child_path
      ORDER BY c.path`,
    [args.unitPath, args.roundId],
  );
  return rows;
}
