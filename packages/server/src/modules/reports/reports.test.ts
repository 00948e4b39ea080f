import type { ReportView, RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { fillReport, reportOf, type FigureInput } from '../../test/reports.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'phuong1.lanhdao'])
    cookies[user] = await t.login(user);
  for (const code of ['AS', 'AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-DD']) ids[code] = await t.unitId(code);
});
afterAll(() => t.close());

const open = (cookie: string, body: Record<string, unknown>) =>
  t.call({ method: 'POST', url: '/api/rounds', cookie, body });
const nineMonths = (year: number, extra: Record<string, unknown> = {}) => ({
  openerUnitId: ids['AS-SH'],
  template: 'nine_month',
  year,
  periodStart: `${year - 1}-12-15`,
  periodEnd: `${year}-09-14`,
  deadline: `${year}-09-25`,
  reportingUnitTypes: ['ward'],
  ...extra,
});

const figure = (view: ReportView, code: string) => view.rows.find((row) => row.indicator.code === code);
// Document counts are computed from the documents register; these tests state them by hand, with the reason that takes.
const paper = (code: string, value: number) => ({ code, value, adjustReason: 'Văn bản giấy chưa vào sổ văn bản' });

/** A ward's report entered by the admin and approved by the city. */
const fillAndApprove = (roundId: number, unitCode: string, values: FigureInput[]) =>
  fillReport(t, { roundId, unitId: ids[unitCode] }, values, {
    author: cookies.admin,
    approver: cookies['thanhpho.lanhdao'],
  });

describe('opening, changing and cancelling a round', () => {
  it('refuses periods the template has not, data periods far from the year and unknown unit types', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ template: 'quarterly', periodIndex: 9 }, 'body.periodIndex'],
      [{ template: 'six_month', periodIndex: 2 }, 'body.periodIndex'],
      [{ periodStart: '2020-01-01' }, 'body.periodStart'],
      [{ periodEnd: '2029-09-14', deadline: '2029-09-25' }, 'body.periodEnd'],
      [{ reportingUnitTypes: ['ward', 'no_such_type'] }, 'body.reportingUnitTypes.1'],
    ];
    for (const [extra, path] of cases) {
      const response = await open(cookies['thanhpho.lanhdao'], nineMonths(2027, extra));
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
      expect(errorBody(response).fields?.[0].path).toBe(path);
    }
    const rounds = (
      await t.call({ method: 'GET', url: '/api/rounds', cookie: cookies['thanhpho.lanhdao'] })
    ).json() as RoundSummary[];
    expect(rounds.filter((r) => r.year === 2027)).toEqual([]);
  });

  it('lets the opener change the title and deadline, and cancel a round nobody has worked in', async () => {
    const round = (await open(cookies['thanhpho.lanhdao'], nineMonths(2027))).json() as RoundSummary;
    const url = `/api/rounds/${round.id}`;
    expect(
      (await t.call({ method: 'PATCH', url, cookie: cookies['phuong1.dv'], body: { deadline: '2027-10-05' } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call({ method: 'PATCH', url, cookie: cookies['tinh.dv'], body: { deadline: '2027-10-05' } })).statusCode,
    ).toBe(403);
    const early = await t.call({
      method: 'PATCH',
      url,
      cookie: cookies['thanhpho.lanhdao'],
      body: { deadline: '2027-09-01' },
    });
    expect(errorBody(early).fields?.[0].path).toBe('body.deadline');
    const changed = await t.call({
      method: 'PATCH',
      url,
      cookie: cookies['thanhpho.lanhdao'],
      body: { deadline: '2027-10-05', title: 'Báo cáo sơ kết 9 tháng năm 2027' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ deadline: '2027-10-05', title: 'Báo cáo sơ kết 9 tháng năm 2027' });

    expect((await t.call({ method: 'DELETE', url, cookie: cookies['phuong1.dv'] })).statusCode).toBe(404);
    expect((await t.call({ method: 'DELETE', url, cookie: cookies['tinh.dv'] })).statusCode).toBe(403);
    const ward = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    await t.call({
      method: 'PUT',
      url: `/api/reports/${ward.id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [{ code: 'KT_GS', value: 2 }] },
    });
    expect((await t.call({ method: 'DELETE', url, cookie: cookies['thanhpho.lanhdao'] })).statusCode).toBe(409);
    await t.call({
      method: 'PUT',
      url: `/api/reports/${ward.id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [{ code: 'KT_GS', value: null }] },
    });
    await t.ownerQuery(`DELETE FROM report_values WHERE report_id = $1`, [ward.id]);
    expect((await t.call({ method: 'DELETE', url, cookie: cookies['thanhpho.lanhdao'] })).statusCode).toBe(204);
    expect(
      (await t.call({ method: 'GET', url: `/api/reports/${ward.id}`, cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(404);
    const audit = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'round' AND entity_id = $1 ORDER BY id`,
      [String(round.id)],
    );
    expect(audit.map((a) => a.action)).toEqual(['round.open', 'round.change', 'round.cancel']);
  });
});

describe('reporting round workflow', () => {
  let round2025: RoundSummary;
  let round2026: RoundSummary;

  it('opens rounds for the subtree with one form per reporting unit', async () => {
    const response = await open(cookies['thanhpho.lanhdao'], nineMonths(2025));
    expect(response.statusCode, response.body).toBe(201);
    round2025 = response.json();
    expect(round2025.title).toBe('Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2025');
    expect(round2025.progress).toEqual({ submitted: 0, approved: 0, expected: 9 });
    round2026 = (await open(cookies['thanhpho.lanhdao'], nineMonths(2026))).json();

    const overlap = await open(cookies['thanhpho.lanhdao'], nineMonths(2026));
    expect(overlap.statusCode).toBe(409);
    const specialist = await open(cookies['phuong1.dv'], nineMonths(2027, { openerUnitId: ids['AS-SH-P1'] }));
    expect(specialist.statusCode).toBe(403);
    const outside = await open(cookies['thanhpho.lanhdao'], nineMonths(2027, { openerUnitId: ids['AS-DD'] }));
    expect(outside.statusCode).toBe(404);
    const badDates = await open(cookies['thanhpho.lanhdao'], nineMonths(2027, { deadline: '2027-01-01' }));
    expect(badDates.statusCode).toBe(400);
    expect(errorBody(badDates).fields?.[0].path).toBe('body.deadline');
  });

  it('lets a ward see the round and only its own form', async () => {
    const rounds = (
      await t.call({ method: 'GET', url: '/api/rounds', cookie: cookies['phuong1.dv'] })
    ).json() as RoundSummary[];
    expect(rounds.map((r) => r.id)).toContain(round2026.id);
    expect(rounds.find((r) => r.id === round2026.id)?.openerUnitName).toBe('Thành phố Sơn Hà');
    const own = await reportOf(t, cookies['phuong1.dv'], round2026.id, ids['AS-SH-P1']);
    expect(own.abilities).toMatchObject({ edit: true, submit: true, approve: false });
    const sibling = await t.call({
      method: 'GET',
      url: `/api/rounds/${round2026.id}/units/${ids['AS-SH-P2']}/report`,
      cookie: cookies['phuong1.dv'],
    });
    expect(sibling.statusCode).toBe(404);
    const siblingById = await t.call({
      method: 'GET',
      url: `/api/reports/${own.id + 1}`,
      cookie: cookies['phuong1.dv'],
    });
    expect(siblingById.statusCode).toBe(404);
    const completeness = (
      await t.call({ method: 'GET', url: `/api/rounds/${round2026.id}/completeness`, cookie: cookies['phuong1.dv'] })
    ).json();
    expect(completeness.rows.map((row: { unitName: string }) => row.unitName)).toEqual(['Phường 1']);
  });

  it('runs draft → submitted → returned → submitted → approved, refusing illegal moves with 409', async () => {
    await fillAndApprove(round2025.id, 'AS-SH-P1', [paper('VB_TONG', 20), paper('VB_KH', 5)]);
    const report = await reportOf(t, cookies['phuong1.dv'], round2026.id, ids['AS-SH-P1']);
    const id = report.id;
    const save = await t.call({
      method: 'PUT',
      url: `/api/reports/${id}`,
      cookie: cookies['phuong1.dv'],
      body: {
        values: [
          paper('VB_TONG', 23),
          paper('VB_KH', 7),
          { code: 'DT_YKIEN', value: 40 },
          { code: 'DT_YKIEN_GQ', value: 30 },
          { ...paper('DV_THAM_GIA_DVK', 7), denominator: 8 },
        ],
        narrative: { situation: 'Tình hình nhân dân ổn định.' },
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

  it('drafts the narrative in Vietnamese from the figures', async () => {
    await fillAndApprove(round2026.id, 'AS-SH-P3', [paper('VB_TONG', 1240), paper('VB_KH', 6), paper('VB_BC', 1234)]);
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

  it('needs the weight of a weighted average to submit, and judges timeliness by the first submission: a correction after approval does not make a punctual unit late', async () => {
    const round = (await open(cookies['thanhpho.lanhdao'], nineMonths(2027))).json() as RoundSummary;
    const report = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    // A weighted average goes up only with its weight.
    await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [{ code: 'KS_DIEM', value: 80 }] },
    });
    const unweighted = await t.call({
      method: 'POST',
      url: `/api/reports/${report.id}/submit`,
      cookie: cookies['phuong1.dv'],
    });
    expect(unweighted.statusCode).toBe(422);
    expect(errorBody(unweighted).fields?.[0]).toMatchObject({
      path: 'values.KS_PHIEU',
      vi: expect.stringContaining('để tính "Điểm hài lòng bình quân"'),
    });
    expect((await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1'])).status).toBe('draft');
    await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [{ code: 'KS_PHIEU', value: 120 }] },
    });
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${report.id}/submit`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${report.id}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(200);
    // Submitted on 20/06, before a deadline of 30/06 that has passed since; the city reopens the report to correct it.
    await t.ownerQuery(`UPDATE reporting_rounds SET deadline = '2026-06-30' WHERE id = $1`, [round.id]);
    await t.ownerQuery(
      `UPDATE reports SET first_submitted_at = '2026-06-20T03:00:00Z', submitted_at = '2026-06-20T03:00:00Z' WHERE id = $1`,
      [report.id],
    );
    const reopened = await t.call({
      method: 'POST',
      url: `/api/reports/${report.id}/reopen`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { reason: 'Đính chính' },
    });
    expect(reopened.json()).toMatchObject({ status: 'draft', submittedAt: null, late: false });
    const completeness = (
      await t.call({ method: 'GET', url: `/api/rounds/${round.id}/completeness`, cookie: cookies['thanhpho.lanhdao'] })
    ).json();
    const rows = completeness.rows as { unitName: string; onTime: boolean | null; late: boolean }[];
    expect(rows.find((r) => r.unitName === 'Phường 1')).toMatchObject({ onTime: true, late: false });
    expect(rows.find((r) => r.unitName === 'Phường 2')).toMatchObject({ onTime: null, late: true });
  });
});
