// Reports of a round: their state, values and kept versions.
import type { ReportStatus } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

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

export interface PendingReportRow {
  round_id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  status: ReportStatus;
  return_comment: string | null;
  title: string;
  deadline: string;
  /** How many reports of this status the query found; the rows are the first `limit` of them. */
  total: number;
}

const pendingColumns = `p.round_id, p.unit_id, u.name AS unit_name, u.path::text AS unit_path, p.status, p.return_comment,
       r.title, r.deadline::text AS deadline`;

/**
 * The reports of one unit in the given states, counted per state and listed (the first `limit` of
 * each state) by deadline: what the unit's own people have to write.
 */
export async function findOwnReportsInStates(
  sql: Sql,
  args: { unitPath: string; states: readonly string[]; limit: number },
): Promise<PendingReportRow[]> {
  const { rows } = await sql.query<PendingReportRow>(
    `SELECT * FROM (
       SELECT ${pendingColumns}, count(*) OVER (PARTITION BY p.status)::int AS total,
              row_number() OVER (PARTITION BY p.status ORDER BY r.deadline, p.id) AS rank
         FROM reports p JOIN units u ON u.id = p.unit_id JOIN reporting_rounds r ON r.id = p.round_id
        WHERE u.path = $1::ltree AND p.status = ANY($2::text[])) own
      WHERE rank <= $3
      ORDER BY deadline, round_id`,
    [args.unitPath, args.states, args.limit],
  );
  return rows;
}

/**
 * The reports below `unitPath` in the given states that this unit is the next level up for: no unit
 * between them reports in the same round (a ward's report goes to its city, not the province).
 * Counted, and the first `limit` listed by deadline.
 */
export async function findReportsAwaitingUnit(
  sql: Sql,
  args: { unitPath: string; states: readonly string[]; limit: number },
): Promise<PendingReportRow[]> {
  const { rows } = await sql.query<PendingReportRow>(
    `SELECT ${pendingColumns}, count(*) OVER ()::int AS total
       FROM reports p JOIN units u ON u.id = p.unit_id JOIN reporting_rounds r ON r.id = p.round_id
      WHERE p.status = ANY($2::text[]) AND u.path <@ $1::ltree AND u.path <> $1::ltree
        AND NOT EXISTS (
          SELECT 1 FROM reports q JOIN units a ON a.id = q.unit_id
           WHERE q.round_id = p.round_id AND a.path @> u.path AND a.path <> u.path
             AND nlevel(a.path) > nlevel($1::ltree))
      ORDER BY r.deadline, p.submitted_at, p.id
      LIMIT $3`,
    [args.unitPath, args.states, args.limit],
  );
  return rows;
}
