import type { ReportStatus } from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Sql } from '../../db/client.js';
import { notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import type { ReportRecord } from './reports.policy.js';
import { findReport, type ReportRow } from './reports.repository.js';
import { type RoundRow } from './rounds.repository.js';

/** Late by the first submission: a report returned or reopened for correction stays as punctual as it came in. */
export const isLate = (round: Pick<RoundRow, 'deadline'>, status: ReportStatus, firstSubmittedAt: Date | null) =>
  firstSubmittedAt
    ? vietnamDay(firstSubmittedAt) > round.deadline
    : status !== 'approved' && vietnamDay() > round.deadline;

export const recordOf = (report: ReportRow): ReportRecord => ({
  path: report.unit_path,
  unitId: report.unit_id,
  status: report.status,
});

/** The report if the actor may do `action` to it as it stands (404 outside the scope, 403 for the role, 409 for its state). */
export async function requireReport(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReportRow> {
  const report = await findReport(sql, id, options);
  if (!report) throw notFound({ vi: 'Không tìm thấy báo cáo', en: 'Report not found' });
  authorize(actor, action, recordOf(report));
  return report;
}
