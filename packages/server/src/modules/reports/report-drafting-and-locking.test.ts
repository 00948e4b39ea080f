import type { ReportView, RoundSummary } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { type FigureInput, fillReport, nineMonthRound, openReportsApp, reportOf } from '../../test/reports.js';

// The narrative drafted from the figures, and the lock an approved report puts on the reports below it.
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

let round2026: RoundSummary;

/** The city's 9-month round of 2026. */
async function openRound() {
  round2026 = (await open(cookies['thanhpho.lanhdao'], nineMonths(2026))).json();
}

/** Phường 3's 2026 report approved with 1,240 documents. */
const approveWard3 = () =>
  fillAndApprove(round2026.id, 'AS-SH-P3', [paper('VB_TONG', 1240), paper('VB_KH', 6), paper('VB_BC', 1234)]);

describe('drafting the narrative and locking the reports below an approved one', () => {
  it('drafts the narrative in Vietnamese from the figures', async () => {
    await openRound();
    await approveWard3();
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH']);
    const draft = (
      await t.call({
        method: 'GET',
        url: `/api/reports/${city.id}/narrative-draft`,
        cookie: cookies['thanhpho.lanhdao'],
      })
    ).json();
    // The area's total holds the approved ward; the board's own part says nothing of a zero that was zero.
    expect(draft.results).toContain(
      'Toàn thành phố đã tham mưu ban hành 1.240 văn bản lãnh đạo, chỉ đạo (gồm 6 kế hoạch, 1.234 báo cáo)',
    );
    expect(draft.results).not.toContain('Thành phố Sơn Hà đã tham mưu');
    expect(draft.situation).toMatch(
      /^Trong 9 tháng đầu năm 2026, cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể thành phố/,
    );
    expect(draft.results).not.toContain('Số liệu tổng hợp từ');
    expect(draft.results).not.toMatch(/\b(undefined|null|NaN|increase|decrease)\b/);
  });

  it("drafts a ward's narrative from its own figures before they are approved", async () => {
    await openRound();
    const report = await reportOf(t, cookies['phuong2.dv'], round2026.id, ids['AS-SH-P2']);
    const saved = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong2.dv'],
      body: { values: [{ code: 'KT_GS', value: 1250 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = (
      await t.call({ method: 'GET', url: `/api/reports/${report.id}/narrative-draft`, cookie: cookies['phuong2.dv'] })
    ).json();
    expect(draft.results).toContain('Khối dân vận Phường 2 đã tổ chức 1.250 cuộc kiểm tra, giám sát công tác dân vận');
    expect(draft.results).not.toContain('Số liệu tổng hợp');
    expect(draft.results).not.toContain('chưa có số liệu');
    const view = await reportOf(t, cookies['phuong2.dv'], round2026.id, ids['AS-SH-P2']);
    // The area's total of a ward is its own figure as entered, approved or not.
    expect(figure(view, 'KT_GS')?.total.value).toBe(1250);
    const outside = await t.call({
      method: 'GET',
      url: `/api/reports/${report.id}/narrative-draft`,
      cookie: cookies['phuong1.dv'],
    });
    expect(outside.statusCode).toBe(404);
  });

  it('locks the reports below an approved report: nothing changes its totals until it is reopened', async () => {
    await openRound();
    await approveWard3();
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH']);
    const ward3 = await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH-P3']);
    expect(ward3.status).toBe('approved');
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${city.id}/submit`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${city.id}/approve`, cookie: cookies.admin })).statusCode,
    ).toBe(200);
    const cityTotal = figure(await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH']), 'VB_TONG')
      ?.total.value;

    const locked = await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH-P3']);
    expect(locked).toMatchObject({ approvedAbove: 'Thành phố Sơn Hà', abilities: { reopen: false } });
    const reopen = await t.call({
      method: 'POST',
      url: `/api/reports/${ward3.id}/reopen`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { reason: 'Đính chính' },
    });
    expect(reopen.statusCode).toBe(409);
    expect(errorBody(reopen)).toMatchObject({
      code: 'approved_above',
      message: { vi: expect.stringContaining('báo cáo của Thành phố Sơn Hà trong kỳ này đã được duyệt') },
    });

    const ward2 = await reportOf(t, cookies['phuong2.dv'], round2026.id, ids['AS-SH-P2']);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${ward2.id}/submit`, cookie: cookies['phuong2.dv'] }))
        .statusCode,
    ).toBe(200);
    expect((await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH-P2'])).abilities.approve).toBe(
      false,
    );
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${ward2.id}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(409);
    expect((await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH-P2'])).status).toBe('submitted');
    expect(
      figure(await reportOf(t, cookies['thanhpho.lanhdao'], round2026.id, ids['AS-SH']), 'VB_TONG')?.total.value,
    ).toBe(cityTotal);

    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/reports/${city.id}/reopen`,
          cookie: cookies.admin,
          body: { reason: 'Bổ sung Phường 2' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${ward2.id}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/reports/${ward3.id}/reopen`,
          cookie: cookies['thanhpho.lanhdao'],
          body: { reason: 'Đính chính' },
        })
      ).statusCode,
    ).toBe(200);
  });
});
