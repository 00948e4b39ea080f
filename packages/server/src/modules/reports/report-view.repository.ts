import type { ReportExportSettings, Template } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import type { ValueRow } from './reports.repository.js';

/**
 * A unit's own figures in its approved report of a period (last year's, for the comparison and
 * the change warnings); null when it has no approved report of that period.
 */
export async function findApprovedValuesOfPeriod(
  sql: Sql,
  args: { unitId: number; template: Template; year: number; periodIndex: number },
): Promise<ValueRow[] | null> {
  const { rows } = await sql.query<ValueRow & { report_id: number }>(
    `SELECT p.id AS report_id, v.indicator_code, v.value::float8 AS value, v.denominator::float8 AS denominator, v.source, v.adjust_reason, v.computed_value::float8 AS computed_value
       FROM reports p
       JOIN reporting_rounds r ON r.id = p.round_id
       LEFT JOIN report_values v ON v.report_id = p.id
      WHERE p.unit_id = $1 AND p.status = 'approved' AND r.template = $2 AND r.year = $3 AND r.period_index = $4`,
    [args.unitId, args.template, args.year, args.periodIndex],
  );
  if (rows.length === 0) return null;
  return rows.filter((row) => row.indicator_code !== null);
}

export async function updateExportSettings(sql: Sql, reportId: number, settings: ReportExportSettings): Promise<void> {
  await sql.query(`UPDATE reports SET export_settings = $2::jsonb WHERE id = $1`, [reportId, JSON.stringify(settings)]);
}

export async function updateNarrativeBasis(sql: Sql, reportId: number, fingerprint: string): Promise<void> {
  await sql.query(`UPDATE reports SET narrative_basis = $2::jsonb WHERE id = $1`, [
    reportId,
    JSON.stringify({ fingerprint }),
  ]);
}
