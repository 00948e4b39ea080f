// The charts' SVG routes (http/chart-svg.ts) through the API: each is read with the same scope and policy as the data
// it is drawn from (in scope 200, out of scope 404, signed out 401; reading is every role's, so no role is refused),
// draws the figures with their Vietnamese labels and formats, and refuses a bad size with the field named.
import type { RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../test/harness.js';
import { fillReport } from '../test/reports.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let round: RoundSummary;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2']) ids[code] = await t.unitId(code);
  const opened = await t.call({
    method: 'POST',
    url: '/api/rounds',
    cookie: cookies['thanhpho.lanhdao'],
    body: {
      openerUnitId: ids['AS-SH'],
      template: 'nine_month',
      year: 2026,
      periodStart: '2025-12-15',
      periodEnd: '2026-09-14',
      deadline: '2026-09-25',
      reportingUnitTypes: ['ward'],
    },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  round = opened.json();
  await fillReport(t, { roundId: round.id, unitId: ids['AS-SH-P1'] }, [{ code: 'DT_CUOC', value: 1250 }], {
    author: cookies.admin,
    approver: cookies['thanhpho.lanhdao'],
  });
  const movement = await t.call({
    method: 'POST',
    url: '/api/movements',
    cookie: cookies['thanhpho.lanhdao'],
    body: {
      ownerUnitId: ids['AS-SH'],
      name: 'Phong trào thi đua "Dân vận khéo"',
      startOn: '2025-01-01',
      participantUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']],
    },
  });
  expect(movement.statusCode, movement.body).toBe(201);
  const model = await t.call({
    method: 'POST',
    url: '/api/models',
    cookie: cookies['phuong1.dv'],
    body: {
      movementId: movement.json().id,
      unitId: ids['AS-SH-P1'],
      name: 'Tổ hợp tác nuôi bò sinh sản',
      field: 'economy',
      registeredOn: '2026-03-02',
    },
  });
  expect(model.statusCode, model.body).toBe(201);
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) => t.call({ method: 'GET', url, cookie });
const withParams = (url: string, params: string) => `${url}${url.includes('?') ? '&' : '?'}${params}`;

describe('charts drawn on the server as SVG', () => {
  const reportBase = () => `/api/rounds/${round.id}/units/${ids['AS-SH']}/report`;
  const routes = () => [
    `${reportBase()}/children.svg?indicator=DT_CUOC`,
    `${reportBase()}/year-comparison.svg`,
    `/api/rounds/${round.id}/trend.svg?indicator=DT_CUOC&unitId=${ids['AS-SH']}`,
    `/api/models/chart.svg?unitId=${ids['AS-SH']}`,
    '/api/democracy/assessments/chart.svg?year=2026',
    `/api/member-counts/rollup/chart.svg?unitId=${ids['AS-SH']}&year=2026`,
  ];

  it('draws each chart at the width asked for, with its labels in Vietnamese', async () => {
    for (const url of routes()) {
      const response = await get(withParams(url, 'width=520&compact=false'), cookies['thanhpho.lanhdao']);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(response.headers['cache-control']).toBe('private, no-cache');
      expect(response.body, url).toMatch(/^<svg width="520" height="\d+"[^>]* viewBox="0 0 520 \d+"/);
    }
    const children = (await get(routes()[0], cookies['thanhpho.lanhdao'])).body;
    // The ward's figure in the Vietnamese format, and the wards without a report as labelled gaps.
    expect(children).toContain('1.250');
    expect(children).toContain('Phường 1');
    expect(children).toContain('Chưa nộp');
    const year = (await get(routes()[1], cookies['thanhpho.lanhdao'])).body;
    expect(year).toContain('đối thoại');
    expect(year).toContain('2025');
    const models = (await get(routes()[3], cookies['thanhpho.lanhdao'])).body;
    expect(models).toContain('Kinh tế');
    const ratings = (await get(routes()[4], cookies['thanhpho.lanhdao'])).body;
    expect(ratings).toContain('Tự xếp loại');
    const members = (await get(routes()[5], cookies['thanhpho.lanhdao'])).body;
    expect(members).toMatch(/Mặt trận Tổ quốc \(0\/\d+\)/);
    expect((await get(withParams(routes()[0], 'lang=en'), cookies['thanhpho.lanhdao'])).body).toContain(
      'Not submitted',
    );
  });

  it('is read with the scope of the data it is drawn from: out of scope 404, signed out 401', async () => {
    const ward2Report = `/api/rounds/${round.id}/units/${ids['AS-SH-P1']}/report`;
    expect((await get(`${ward2Report}/year-comparison.svg`, cookies['phuong1.dv'])).statusCode).toBe(200);
    expect((await get(`${ward2Report}/year-comparison.svg`, cookies['phuong2.dv'])).statusCode).toBe(404);
    expect((await get(`${ward2Report}/children.svg`, cookies['phuong2.dv'])).statusCode).toBe(404);
    const trend = `/api/rounds/${round.id}/trend.svg?indicator=DT_CUOC&unitId=${ids['AS-SH-P1']}`;
    expect((await get(trend, cookies['phuong1.dv'])).statusCode).toBe(200);
    expect((await get(trend, cookies['phuong2.dv'])).statusCode).toBe(404);
    const rollup = `/api/member-counts/rollup/chart.svg?unitId=${ids['AS-SH-P1']}&year=2026`;
    expect((await get(rollup, cookies['phuong1.dv'])).statusCode).toBe(200);
    expect((await get(rollup, cookies['phuong2.dv'])).statusCode).toBe(404);
    // A list chart counts only what the list shows: Phường 2 does not see Phường 1's model.
    const models = (await get('/api/models/chart.svg', cookies['phuong2.dv'])).body;
    const mine = (await get('/api/models/chart.svg', cookies['phuong1.dv'])).body;
    expect(models).not.toEqual(mine);
    for (const url of routes()) expect((await get(url)).statusCode, url).toBe(401);
  });

  it('refuses a bad size or language with the field and a message in both languages', async () => {
    const cases: [string, string][] = [
      ['width=10', 'query.width'],
      ['width=abc', 'query.width'],
      ['lang=fr', 'query.lang'],
      ['compact=maybe', 'query.compact'],
    ];
    for (const [query, path] of cases) {
      const response = await get(`${reportBase()}/year-comparison.svg?${query}`, cookies['thanhpho.lanhdao']);
      expect(response.statusCode, query).toBe(400);
      const field = errorBody(response).fields?.[0];
      expect(field?.path, query).toBe(path);
      expect(field?.vi && field.en).toBeTruthy();
    }
  });
});
