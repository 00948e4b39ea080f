import type { RoundSummary } from '@danvan/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import { nineMonthRound, openReportsApp, reportOf } from '../../test/reports.js';

// Rounds: opening one for a subtree, changing and cancelling it, who sees which form, and lateness.
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
    // The abilities offer cancelling exactly while the DELETE below would succeed.
    const abilities = async (cookie: string) =>
      ((await t.call({ method: 'GET', url: '/api/rounds', cookie })).json() as RoundSummary[]).find(
        (r) => r.id === round.id,
      )?.abilities;
    expect(round.abilities).toEqual({ manage: true, cancel: true });
    expect(await abilities(cookies['tinh.dv'])).toEqual({ manage: false, cancel: false });
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
    expect(await abilities(cookies['thanhpho.lanhdao'])).toEqual({ manage: true, cancel: false });
    const refused = await t.call({ method: 'DELETE', url, cookie: cookies['thanhpho.lanhdao'] });
    expect(refused.statusCode).toBe(409);
    expect(errorBody(refused).code).toBe('round_in_use');
    await t.call({
      method: 'PUT',
      url: `/api/reports/${ward.id}`,
      cookie: cookies['phuong1.dv'],
      body: { values: [{ code: 'KT_GS', value: null }] },
    });
    await t.ownerQuery(`DELETE FROM report_values WHERE report_id = $1`, [ward.id]);
    expect(await abilities(cookies['thanhpho.lanhdao'])).toEqual({ manage: true, cancel: true });
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

  it('opens rounds for the subtree with one form per reporting unit', async () => {
    const response = await open(cookies['thanhpho.lanhdao'], nineMonths(2025));
    expect(response.statusCode, response.body).toBe(201);
    const round2025 = response.json() as RoundSummary;
    expect(round2025.title).toBe('Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2025');
    expect(round2025.progress).toEqual({ submitted: 0, approved: 0, expected: 9, includesOpener: true });
    await (await open(cookies['thanhpho.lanhdao'], nineMonths(2026))).json();

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
    const round2026 = (await open(cookies['thanhpho.lanhdao'], nineMonths(2026))).json() as RoundSummary;
    const rounds = (
      await t.call({ method: 'GET', url: '/api/rounds', cookie: cookies['phuong1.dv'] })
    ).json() as RoundSummary[];
    expect(rounds.map((r) => r.id)).toContain(round2026.id);
    expect(rounds.find((r) => r.id === round2026.id)?.openerUnitName).toBe('Thành phố Sơn Hà');
    // The ward counts only its own report: the city's is not among those it sees.
    expect(rounds.find((r) => r.id === round2026.id)?.progress).toEqual({
      submitted: 0,
      approved: 0,
      expected: 1,
      includesOpener: false,
    });
    const own = await reportOf(t, cookies['phuong1.dv'], round2026.id, ids['AS-SH-P1']);
    expect(own.abilities).toMatchObject({ edit: true, submit: true, approve: false });
    const sibling = await t.call({
      method: 'GET',
      url: `/api/rounds/${round2026.id}/units/${ids['AS-SH-P2']}/report`,
      cookie: cookies['phuong1.dv'],
    });
    expect(sibling.statusCode).toBe(404);
    // Out of scope reads as not found, without claiming the unit has no report in the round.
    expect(errorBody(sibling).message.vi).toBe(
      'Không tìm thấy báo cáo này, hoặc tài khoản của bạn không được xem báo cáo này',
    );
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
});

describe('timeliness', () => {
  // Lateness is judged against today: the clock is fixed so the deadlines below have passed whenever the test runs.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
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
    // Submitted on 20/06, before a deadline of 30/06 that has passed by the day the test runs on (15/07/2026); the
    // city reopens the report to correct it.
    vi.setSystemTime(new Date('2026-07-15T03:00:00Z'));
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
