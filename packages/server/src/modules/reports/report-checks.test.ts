import type { ReportView, RoundSummary } from '@danvan/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { reportOf } from '../../test/reports.js';

// Figures that can be believed, and a narrative that still says what the figures say.
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const rounds: Record<number, RoundSummary> = {};

const sixMonths = (year: number) => ({
  openerUnitId: ids['AS-SH'],
  template: 'six_month',
  year,
  periodStart: `${year}-01-01`,
  periodEnd: `${year}-06-30`,
  deadline: `${year}-07-10`,
  reportingUnitTypes: ['ward'],
});

async function call(method: string, url: string, cookie: string, body?: unknown) {
  return t.call({ method, url, cookie, body });
}

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv']) cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2']) ids[code] = await t.unitId(code);
  for (const year of [2025, 2026]) {
    const opened = await call('POST', '/api/rounds', cookies['thanhpho.lanhdao'], sixMonths(year));
    expect(opened.statusCode, opened.body).toBe(201);
    rounds[year] = opened.json();
  }
  const last = await reportOf(t, cookies.admin, rounds[2025].id, ids['AS-SH-P1']);
  expect(
    (
      await call('PUT', `/api/reports/${last.id}`, cookies.admin, {
        values: [
          { code: 'HO_DAN', value: 5539 },
          { code: 'DT_CUOC', value: 4 },
        ],
      })
    ).statusCode,
  ).toBe(200);
  expect((await call('POST', `/api/reports/${last.id}/submit`, cookies.admin)).statusCode).toBe(200);
  expect((await call('POST', `/api/reports/${last.id}/approve`, cookies['thanhpho.lanhdao'])).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('rules of the catalogue', () => {
  it('refuses to submit figures that break a rule, naming each indicator and rule, and warns of a change beyond both thresholds', async () => {
    const report = await reportOf(t, cookies['phuong1.dv'], rounds[2026].id, ids['AS-SH-P1']);
    const saved = await call('PUT', `/api/reports/${report.id}`, cookies['phuong1.dv'], {
      values: [
        { code: 'DON_NHAN', value: 10 },
        { code: 'DON_THAM_QUYEN', value: 8 },
        { code: 'DON_GQ', value: 12 },
        { code: 'HO_DAN', value: 3 },
        { code: 'KS_PHIEU', value: 40 },
        { code: 'KS_DIEM', value: 120 },
        { code: 'DT_CUOC', value: 2.5 },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view: ReportView = saved.json();
    expect(
      view.checks
        .filter((c) => c.severity === 'error')
        .map((c) => `${c.code}:${c.rule}`)
        .sort(),
    ).toEqual(['DON_GQ:at_most', 'DON_TYLE_GQ:max', 'DT_CUOC:whole', 'KS_DIEM:max']);
    expect(view.checks.find((c) => c.severity === 'warning')).toMatchObject({
      code: 'HO_DAN',
      rule: 'change',
      vi: expect.stringContaining('giảm từ 5.539 xuống 3'),
    });
    const refused = await call('POST', `/api/reports/${report.id}/submit`, cookies['phuong1.dv']);
    expect(refused.statusCode).toBe(422);
    expect(errorBody(refused).code).toBe('figures_fail_rules');
    expect(
      errorBody(refused)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['values.DON_GQ', 'values.DON_TYLE_GQ', 'values.DT_CUOC', 'values.KS_DIEM']);
    expect(errorBody(refused).fields?.find((f) => f.path === 'values.DON_GQ')?.vi).toBe(
      'Đơn đã giải quyết: 12 lớn hơn "Đơn thuộc thẩm quyền" (8)',
    );
    expect((await reportOf(t, cookies['thanhpho.lanhdao'], rounds[2026].id, ids['AS-SH-P1'])).status).toBe('draft');
    // Corrected, it goes up with its warning for the approver to read.
    const corrected = await call('PUT', `/api/reports/${report.id}`, cookies['phuong1.dv'], {
      values: [
        { code: 'DON_GQ', value: 7 },
        { code: 'KS_DIEM', value: 82 },
        { code: 'DT_CUOC', value: 3 },
        { code: 'HO_DAN', value: 3, adjustReason: null },
      ],
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await call('POST', `/api/reports/${report.id}/submit`, cookies['phuong1.dv'])).statusCode).toBe(200);
    expect((await reportOf(t, cookies['thanhpho.lanhdao'], rounds[2026].id, ids['AS-SH-P1'])).checks).toEqual([
      expect.objectContaining({ code: 'HO_DAN', severity: 'warning' }),
    ]);
  });
});

describe('a drafted narrative remembers its figures', () => {
  it('says when the figures changed after the draft, warns in the draft Word document, and asks to confirm a stale submission', async () => {
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], rounds[2026].id, ids['AS-SH']);
    const draft = (await call('GET', `/api/reports/${city.id}/narrative-draft`, cookies['thanhpho.lanhdao'])).json();
    expect(draft.basis).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const saved = await call('PUT', `/api/reports/${city.id}`, cookies['thanhpho.lanhdao'], {
      narrative: { results: draft.results },
      narrativeBasis: draft.basis,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().narrativeStale).toBe(false);
    // A late approval below changes the city's figures.
    expect(
      (
        await call(
          'POST',
          `/api/reports/${(await reportOf(t, cookies['thanhpho.lanhdao'], rounds[2026].id, ids['AS-SH-P1'])).id}/approve`,
          cookies['thanhpho.lanhdao'],
        )
      ).statusCode,
    ).toBe(200);
    expect((await reportOf(t, cookies['thanhpho.lanhdao'], rounds[2026].id, ids['AS-SH'])).narrativeStale).toBe(true);
    const word = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${city.id}/export.docx`,
      headers: { cookie: cookies['thanhpho.lanhdao'] },
    });
    const xml = await (await JSZip.loadAsync(word.rawPayload)).file('word/document.xml')?.async('string');
    expect(xml).toContain('Lưu ý: số liệu đã thay đổi sau khi soạn phần nhận định');
    const stale = await call('POST', `/api/reports/${city.id}/submit`, cookies['thanhpho.lanhdao']);
    expect(stale.statusCode).toBe(409);
    expect(errorBody(stale)).toMatchObject({
      code: 'stale_narrative',
      fields: [{ path: 'body.confirmStaleNarrative' }],
    });
    const confirmed = await call('POST', `/api/reports/${city.id}/submit`, cookies['thanhpho.lanhdao'], {
      confirmStaleNarrative: true,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const bad = await call('POST', `/api/reports/${city.id}/submit`, cookies['thanhpho.lanhdao'], {
      confirmStaleNarrative: 'có',
    });
    expect(bad.statusCode).toBe(400);
  });
});
