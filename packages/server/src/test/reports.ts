// Factories for tests that work with reports: one way to read a unit's report and one way to take
// a report through its workflow, so a change of the API is made here once.
import type { ReportView } from '@danvan/shared';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';

/** The accounts and units the report tests work with, signed in and looked up on a fresh demo database. */
export async function openReportsApp(cookies: Record<string, string>, ids: Record<string, number>): Promise<TestApp> {
  const t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'phuong1.lanhdao'])
    cookies[user] = await t.login(user);
  for (const code of ['AS', 'AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-DD']) ids[code] = await t.unitId(code);
  return t;
}

/** A figure as a report form sends it; a computed one that is changed needs `adjustReason`. */
export interface FigureInput {
  code: string;
  value: number | null;
  denominator?: number | null;
  adjustReason?: string;
}

/** The report of a unit in a round, as the holder of `cookie` sees it; fails the test unless it answers 200. */
export async function reportOf(t: TestApp, cookie: string, roundId: number, unitId: number): Promise<ReportView> {
  const response = await t.call({ method: 'GET', url: `/api/rounds/${roundId}/units/${unitId}/report`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The row of an indicator in a report view. */
export const rowOf = (view: ReportView, code: string) => view.rows.find((row) => row.indicator.code === code);

/**
 * Saves `values` (and a narrative, if given) in a unit's report of a round as `author` and takes it to `to`: submitted by the
 * author, then approved or returned (with a comment) by `approver`. Returns the report's id.
 */
export async function fillReport(
  t: TestApp,
  report: { roundId: number; unitId: number },
  values: FigureInput[],
  options: {
    author: string;
    approver: string;
    to?: 'draft' | 'submitted' | 'returned' | 'approved';
    narrative?: Record<string, string>;
  },
): Promise<number> {
  const { author, approver, to = 'approved', narrative } = options;
  const { id } = await reportOf(t, author, report.roundId, report.unitId);
  const body = narrative ? { values, narrative } : { values };
  const saved = await t.call({ method: 'PUT', url: `/api/reports/${id}`, cookie: author, body });
  expect(saved.statusCode, saved.body).toBe(200);
  if (to === 'draft') return id;
  const submitted = await t.call({ method: 'POST', url: `/api/reports/${id}/submit`, cookie: author });
  expect(submitted.statusCode, submitted.body).toBe(200);
  if (to === 'approved') {
    const approved = await t.call({ method: 'POST', url: `/api/reports/${id}/approve`, cookie: approver });
    expect(approved.statusCode, approved.body).toBe(200);
  }
  if (to === 'returned') {
    const returned = await t.call({
      method: 'POST',
      url: `/api/reports/${id}/return`,
      cookie: approver,
      body: { comment: 'Bổ sung số liệu' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
  }
  return id;
}

/** The body that opens a 9-month round (15/12 of the year before to 14/09) for the wards under `openerUnitId`. */
export const nineMonthRound = (openerUnitId: number, year: number, extra: Record<string, unknown> = {}) => ({
  openerUnitId,
  template: 'nine_month',
  year,
  periodStart: `${year - 1}-12-15`,
  periodEnd: `${year}-09-14`,
  deadline: `${year}-09-25`,
  reportingUnitTypes: ['ward'],
  ...extra,
});
