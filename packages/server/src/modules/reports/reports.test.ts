import type { ReportView, RoundSummary } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { type FigureInput, fillReport, nineMonthRound, openReportsApp, reportOf } from '../../test/reports.js';

// A report's workflow: submitting, returning, approving and reopening, the rollup to the city, validation
// and computed figures.
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

// A fresh database for each test: each starts from the demo data alone and sets up what it needs.
beforeEach(async () => {
  t = await openReportsApp(cookies, ids);
});
afterEach(() => t.close());

const open = (cookie: string, body: Record<string, unknown>) =>
  t.call({ method: 'POST', url: '/api/rounds', cookie, body });
const nineMonths = (year: number, extra: Record<string, unknown> = {}) => nineMonthRound(ids['AS-SH'], year, extra);

const figure = (view: ReportView, code: string) => view.rows.find((row) => row.indicator.code === code);
// Document counts are computed from the documents register; these tests state them by hand, with the reason that takes.
const paper = (code: string, value: number) => ({ code, value, adjustReason: 'Văn bản giấy chưa vào sổ văn bản' });

/** A ward's report entered by the admin and approved by the city. */
const fillAndApprove = (roundId: number, unitCode: string, values: FigureInput[]) =>
  fillReport(t, { roundId, unitId: ids[unitCode] }, values, {
    author: cookies.admin,
    approver: cookies['thanhpho.lanhdao'],
  });

/** What Phường 1 reports for 2026 (the return adds DT_CUOC 3). */
const ward1Figures: FigureInput[] = [
  paper('VB_TONG', 23),
  paper('VB_KH', 7),
  { code: 'DT_YKIEN', value: 40 },
  { code: 'DT_YKIEN_GQ', value: 30 },
  { ...paper('DV_THAM_GIA_DVK', 7), denominator: 8 },
];
const ward1Narrative = { situation: 'Tình hình nhân dân ổn định.' };

let round2025: RoundSummary;
let round2026: RoundSummary;

/** The city's 9-month rounds of 2025 and 2026. */
async function openRounds() {
  round2025 = (await open(cookies['thanhpho.lanhdao'], nineMonths(2025))).json();
  round2026 = (await open(cookies['thanhpho.lanhdao'], nineMonths(2026))).json();
}

/** Phường 1's reports as the workflow leaves them: 2025 approved with 20 documents, 2026 approved with 23. */
async function approveWard1() {
  await fillAndApprove(round2025.id, 'AS-SH-P1', [paper('VB_TONG', 20), paper('VB_KH', 5)]);
  await fillReport(
    t,
    { roundId: round2026.id, unitId: ids['AS-SH-P1'] },
    [...ward1Figures, { code: 'DT_CUOC', value: 3 }],
    { author: cookies['phuong1.dv'], approver: cookies['thanhpho.lanhdao'], narrative: ward1Narrative },
  );
}

describe('reporting round workflow', () => {
  it('runs draft → submitted → returned → submitted → approved, refusing illegal moves with 409', async () => {
    await openRounds();
    await fillAndApprove(round2025.id, 'AS-SH-P1', [paper('VB_TONG', 20), paper('VB_KH', 5)]);
    const report = await reportOf(t, cookies['phuong1.dv'], round2026.id, ids['AS-SH-P1']);
    const id = report.id;
    const save = await t.call({
      method: 'PUT',
      url: `/api/reports/${id}`,
      cookie: cookies['phuong1.dv'],
      body: {
        values: ward1Figures,
        narrative: ward1Narrative,
      },
    });
    expect(save.statusCode, save.body).toBe(200);
    expect(figure(save.json(), 'DT_TYLE_GQ')?.own.value).toBe(75);

    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${id}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(409);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${id}/submit`, cookie: cookies['phuong2.dv'] })).statusCode,
    ).toBe(404);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${id}/submit`, cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${id}/submit`, cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(409);
    const editSubmitted = await t.call({
      method: 'PUT',
      url: `/api/reports/${id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [] },
    });
    expect(editSubmitted.statusCode).toBe(409);
    expect(errorBody(editSubmitted).code).toBe('illegal_transition');
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${id}/approve`, cookie: cookies['phuong1.lanhdao'] }))
        .statusCode,
    ).toBe(403);

    const noComment = await t.call({
      method: 'POST',
      url: `/api/reports/${id}/return`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { comment: ' ' },
    });
    expect(noComment.statusCode).toBe(400);
    const returned = await t.call({
      method: 'POST',
      url: `/api/reports/${id}/return`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { comment: 'Bổ sung số liệu đối thoại' },
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'Bổ sung số liệu đối thoại' });
    await t.call({
      method: 'PUT',
      url: `/api/reports/${id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [{ code: 'DT_CUOC', value: 3 }] },
    });
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${id}/submit`, cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(200);
    const approved = await t.call({
      method: 'POST',
      url: `/api/reports/${id}/approve`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(approved.json()).toMatchObject({ status: 'approved', abilities: { edit: false, reopen: true } });

    const audit = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'report' AND entity_id = $1 ORDER BY id`,
      [String(id)],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'report.save',
      'report.submit',
      'report.return',
      'report.save',
      'report.submit',
      'report.approve',
    ]);
  });

  it('rolls approved figures up to the city at once, beside last year, with missing wards shown as missing', async () => {
    await openRounds();
    await approveWard1();
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH']);
    expect(figure(city, 'VB_TONG')).toMatchObject({
      total: { value: 23 },
      lastYear: { value: 20 },
      difference: 3,
      percentChange: 15,
    });
    expect(figure(city, 'DV_THAM_GIA_DVK')?.total).toEqual({ value: 7, denominator: 8 });
    expect(figure(city, 'DT_TYLE_GQ')?.total.value).toBe(75);
    expect(figure(city, 'DON_NHAN')?.total.value).toBeNull();
    expect(city.included).toEqual({ approved: 1, expected: 9 });
    const ward2 = city.children.find((child) => child.unitName === 'Phường 2');
    expect(ward2?.status).toBe('draft');
    const documents = city.rows.findIndex((row) => row.indicator.code === 'VB_TONG');
    expect(ward2?.values[documents]).toBeNull();
    expect(city.children.find((child) => child.unitName === 'Phường 1')?.values[documents]).toBe(23);

    const province = await t.ownerQuery<{ value_sum: number }>(
      `SELECT e.value_sum::int AS value_sum FROM rollup_periods t, rollup_entries(t.totals, t.extras) e
        WHERE t.unit_id = $1 AND t.template = 'nine_month' AND t.year = 2026 AND t.span = 'period' AND e.code = 'VB_TONG'`,
      [ids.AS],
    );
    expect(province).toEqual([{ value_sum: 23 }]);
  });

  it('reopens an approved report with a reason, keeps the old version and takes it out of the totals', async () => {
    await openRounds();
    await approveWard1();
    const report = await reportOf(t, cookies['phuong1.dv'], round2026.id, ids['AS-SH-P1']);
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/reports/${report.id}/reopen`,
          cookie: cookies['phuong1.dv'],
          body: { reason: 'Sai số' },
        })
      ).statusCode,
    ).toBe(403);
    const reopened = await t.call({
      method: 'POST',
      url: `/api/reports/${report.id}/reopen`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { reason: 'Đính chính số văn bản' },
    });
    expect(reopened.json()).toMatchObject({
      status: 'draft',
      version: 2,
      versions: [{ version: 1, reason: 'Đính chính số văn bản' }],
    });
    const kept = await t.call({
      method: 'GET',
      url: `/api/reports/${report.id}/versions/1`,
      cookie: cookies['phuong1.dv'],
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({
      version: 1,
      reason: 'Đính chính số văn bản',
      narrative: { situation: 'Tình hình nhân dân ổn định.' },
      approvedAt: expect.any(String),
    });
    expect(kept.json().figures).toEqual(
      expect.arrayContaining([
        { code: 'VB_TONG', value: 23, denominator: null, adjustReason: 'Văn bản giấy chưa vào sổ văn bản' },
      ]),
    );
    expect(
      (await t.call({ method: 'GET', url: `/api/reports/${report.id}/versions/1`, cookie: cookies['phuong2.dv'] }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call({ method: 'GET', url: `/api/reports/${report.id}/versions/7`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(404);
    const badVersion = await t.call({
      method: 'GET',
      url: `/api/reports/${report.id}/versions/abc`,
      cookie: cookies['phuong1.dv'],
    });
    expect(errorBody(badVersion).fields?.[0].path).toBe('params.version');
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH']);
    // Only the city's own count is left in the area's total: no document registered by the city's bodies.
    expect(figure(city, 'VB_TONG')?.total.value).toBe(0);
    expect(city.children.find((child) => child.unitName === 'Phường 1')?.status).toBe('draft');
  });

  it('validates figures with field paths and writes nothing on error', async () => {
    await openRounds();
    const report = await reportOf(t, cookies['phuong2.dv'], round2026.id, ids['AS-SH-P2']);
    const bad = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong2.dv'],
      body: {
        values: [
          { code: 'DT_CUOC', value: 4 },
          { code: 'KHONG_CO', value: 1 },
          { code: 'DT_TYLE_GQ', value: 50 },
          { code: 'HO_VAN_HOA', value: 9, denominator: 5 },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.map((f) => f.path)).toEqual([
      'body.values.1.code',
      'body.values.2.value',
      'body.values.3.denominator',
    ]);
    const wrongType = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong2.dv'],
      body: { values: [{ code: 'VB_TONG', value: 'nhiều' }] },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(errorBody(wrongType).fields?.[0].path).toBe('body.values.0.value');
    const negative = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong2.dv'],
      body: { values: [{ code: 'VB_TONG', value: -1 }] },
    });
    expect(negative.statusCode).toBe(400);
    const twice = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong2.dv'],
      body: {
        values: [
          { code: 'DT_CUOC', value: 1 },
          { code: 'DT_CUOC', value: 2 },
        ],
      },
    });
    expect(twice.statusCode).toBe(400);
    expect(errorBody(twice).fields?.[0]).toMatchObject({
      path: 'body.values.1.code',
      vi: 'Chỉ tiêu "DT_CUOC" được nhập hai lần',
    });
    expect(
      (await reportOf(t, cookies['phuong2.dv'], round2026.id, ids['AS-SH-P2'])).rows.find(
        (r) => r.indicator.code === 'DT_CUOC',
      )?.own.value,
    ).toBeNull();
  });

  it('pre-fills computed indicators and needs a reason to change them', async () => {
    await openRounds();
    const report = await reportOf(t, cookies['phuong2.dv'], round2026.id, ids['AS-SH-P2']);
    expect(figure(report, 'DV_DOAN_THE')?.own).toMatchObject({ value: 5, source: 'computed', computedValue: 5 });
    const noReason = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong2.dv'],
      body: { values: [{ code: 'DV_DOAN_THE', value: 6 }] },
    });
    expect(errorBody(noReason).fields?.[0].path).toBe('body.values.0.adjustReason');
    const adjusted = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong2.dv'],
      body: { values: [{ code: 'DV_DOAN_THE', value: 6, adjustReason: 'Thêm Chi hội Người cao tuổi' }] },
    });
    expect(figure(adjusted.json(), 'DV_DOAN_THE')?.own).toMatchObject({
      value: 6,
      source: 'adjusted',
      adjustReason: 'Thêm Chi hội Người cao tuổi',
    });
  });
});
