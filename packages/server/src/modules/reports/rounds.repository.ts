// Reporting rounds: opened by a unit for its subtree, with the catalogue snapshot they report against.
import { indicatorSchema, type Indicator, type ReportOutline, type Template } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
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
  /** The opener's own report is among those counted (the transaction sees it). */
  counts_opener: boolean;
  /** Someone has worked in the round (see `workedIn`): it can no longer be cancelled. */
  worked: boolean;
}

// Anyone has worked in a round (of its reports `p`): a report submitted once, or figures or text entered by hand.
const workedIn = `
  p.status <> 'draft' OR p.submitted_at IS NOT NULL OR p.version > 1 OR p.narrative <> '{}'::jsonb
  OR EXISTS (SELECT 1 FROM report_values v WHERE v.report_id = p.id AND v.source <> 'computed')`;

/** A round as the lists show it: without the catalogue snapshot (tens of kilobytes of JSON each). */
export type RoundSummaryRow = Omit<RoundRow, 'indicator_snapshot'>;

// Progress counts only reports the transaction can see: a ward sees its own, the opener all. One pass over the
// round's reports for all the counts (five subqueries cost a third more, most of it planning and row security).
// `snapshotKey`: which version of the catalogue snapshot the row holds (see findRound), instead of the snapshot.
const roundSelect = (snapshotKey: boolean) => `
  SELECT r.id, r.opener_unit_id, r.opener_name AS opener_unit_name, o.path::text AS opener_path, r.template, r.year,
         r.period_index, r.title, r.period_start, r.period_end, r.deadline, r.reporting_unit_types,
         ${snapshotKey ? `concat_ws(':', r.xmin, r.cmin, pg_column_size(r.indicator_snapshot)) AS snapshot_key,` : ''} r.outline,
         c.submitted, c.approved, c.expected, c.counts_opener, c.worked
    FROM reporting_rounds r
    LEFT JOIN units o ON o.id = r.opener_unit_id
   CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE p.status IN ('submitted', 'approved'))::int AS submitted,
                count(*) FILTER (WHERE p.status = 'approved')::int AS approved,
                count(*)::int AS expected,
                coalesce(bool_or(p.unit_id = r.opener_unit_id), false) AS counts_opener,
                coalesce(bool_or(${workedIn}), false) AS worked
           FROM reports p WHERE p.round_id = r.id) c`;

const snapshotSchema = indicatorSchema.array();

/** Rounds visible in the transaction's scope: opened within it, or above it for the units it contains. */
export async function findRounds(sql: Sql): Promise<RoundSummaryRow[]> {
  const { rows } = await sql.query<RoundSummaryRow>(
    `${roundSelect(false)} ORDER BY r.year DESC, r.period_end DESC, r.id DESC`,
  );
  return rows;
}

/** A round without its catalogue snapshot, for what shows only the round (its progress, its forms). */
export async function findRoundSummary(sql: Sql, id: number): Promise<RoundSummaryRow | null> {
  const { rows } = await sql.query<RoundSummaryRow>(`${roundSelect(false)} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

/**
 * A round's catalogue snapshot is tens of kilobytes of JSON that almost never changes, and nearly every request
 * about a report needs it: the database's cache (Sql.cache) keeps the snapshots last read, each with the version
 * of the row it came from (xmin and cmin: the transaction and command that wrote that version of the row, new with
 * every update whichever process makes it; and the snapshot's stored size). A request reads the row's version
 * and the snapshot itself only when that differs from the one kept. Kept snapshots are frozen: requests share them.
 */
interface KeptSnapshot {
  key: string;
  indicators: readonly Indicator[];
}
const SNAPSHOTS_KEPT = 200;
const snapshotCacheKey = (id: number) => `round-snapshot:${id}`;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

async function snapshotOf(sql: Sql, id: number, key: string): Promise<Indicator[]> {
  const kept = sql.cache?.get(snapshotCacheKey(id)) as KeptSnapshot | undefined;
  if (kept?.key === key) return kept.indicators as Indicator[];
  const { rows } = await sql.query<{ indicator_snapshot: unknown }>(
    `SELECT indicator_snapshot FROM reporting_rounds WHERE id = $1`,
    [id],
  );
  // Rounds opened before the catalogue had bases, phrases and rules read with their defaults.
  const indicators = deepFreeze(snapshotSchema.parse(rows[0].indicator_snapshot));
  if (sql.cache) {
    const cache = sql.cache;
    cache.delete(snapshotCacheKey(id));
    cache.set(snapshotCacheKey(id), { key, indicators } satisfies KeptSnapshot);
    const keys = [...cache.keys()].filter((k) => k.startsWith('round-snapshot:'));
    if (keys.length > SNAPSHOTS_KEPT) cache.delete(keys[0]);
  }
  return indicators;
}

export function findRound(sql: Sql, id: number): Promise<RoundRow | null> {
  return roundWhere(sql, 'r.id = $1', id);
}

/** The round of a report, read beside the report rather than after it (one round trip fewer). */
export function findRoundOfReport(sql: Sql, reportId: number): Promise<RoundRow | null> {
  return roundWhere(sql, 'r.id = (SELECT round_id FROM reports WHERE id = $1)', reportId);
}

async function roundWhere(sql: Sql, condition: string, param: number): Promise<RoundRow | null> {
  const { rows } = await sql.query<RoundSummaryRow & { snapshot_key: string }>(
    `${roundSelect(true)} WHERE ${condition}`,
    [param],
  );
  if (!rows[0]) return null;
  const { snapshot_key: key, ...round } = rows[0];
  return { ...round, indicator_snapshot: await snapshotOf(sql, round.id, key) };
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
