import type { AuditEntry, MemberCountSaved, MemberCountSummary, MemberRollup, ReportView } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { computedIndicators } from '../indicator-providers.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  for (const code of [
    'AS-SH',
    'AS-SH-P1',
    'AS-SH-P1-PN',
    'AS-SH-P1-DTN',
    'AS-SH-P1-KDV',
    'AS-SH-P2-PN',
    'AS-SH-P3',
    'AS-SH-MT',
  ])
    ids[code] = await t.unitId(code);
  await t.call({
    method: 'POST',
    url: '/api/users',
    cookie: cookies.admin,
    body: {
      username: 'phuong1.xem',
      fullName: 'Người xem',
      password: 'mat-khau-xem-1',
      role: 'viewer',
      unitId: ids['AS-SH-P1'],
    },
  });
  cookies.viewer = await t.login('phuong1.xem', 'mat-khau-xem-1');
});
afterAll(() => t.close());

const entry = (
  unitId: number,
  periodIndex: number,
  members: number,
  admitted: number,
  left: number,
  extra: Record<string, unknown> = {},
) => ({
  unitId,
  periodKind: 'quarter',
  year: 2026,
  periodIndex,
  members,
  admitted,
  left,
  ...extra,
});
const post = (cookie: string, body: unknown) => t.call({ method: 'POST', url: '/api/member-counts', cookie, body });
const list = async (cookie: string, params = '') => {
  const response = await t.call({ method: 'GET', url: `/api/member-counts?${params}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { total: number; items: MemberCountSummary[] };
};
const saved: Record<string, MemberCountSaved> = {};

describe('recording member counts', () => {
  it('records quarters and warns, without refusing, when the figures do not add up', async () => {
    const q1 = await post(
      cookies['phuong1.dv'],
      entry(ids['AS-SH-P1-PN'], 1, 1200, 30, 10, { referredToParty: 2, note: 'Hoa\u0300 nhập  cộng đồng' }),
    );
    expect(q1.statusCode, q1.body).toBe(201);
    saved.q1 = q1.json();
    expect(saved.q1).toMatchObject({
      unitName: 'Hội Liên hiệp Phụ nữ Phường 1',
      kind: 'womens_union',
      parentName: 'Phường 1',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      previousMembers: null,
      note: 'Hoà nhập cộng đồng',
      warnings: [],
    });
    const q2 = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-PN'], 2, 1225, 40, 15));
    saved.q2 = q2.json();
    expect(saved.q2).toMatchObject({ previousMembers: 1200, expectedMembers: 1225, warnings: [] });
    const q3 = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-PN'], 3, 1300, 20, 5));
    expect(q3.statusCode).toBe(201);
    saved.q3 = q3.json();
    expect(saved.q3.expectedMembers).toBe(1240);
    expect(saved.q3.warnings.map((w) => w.code)).toEqual(['balance']);
    expect(saved.q3.warnings[0].vi).toContain('1.225 + kết nạp 20 − ra khỏi 5 = 1.240'.replace(/\./g, ''));
    const youth = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-DTN'], 2, 410, 25, 3));
    expect(youth.statusCode).toBe(201);
    const ward2 = await post(cookies['phuong2.dv'], entry(ids['AS-SH-P2-PN'], 2, 980, 12, 4));
    expect(ward2.statusCode).toBe(201);
    const city = await post(cookies['thanhpho.lanhdao'], {
      ...entry(ids['AS-SH-MT'], 5, 75, 1, 0),
      periodKind: 'month',
    });
    expect(city.statusCode, city.body).toBe(201);
  });

  it('refuses a second entry for the same or an overlapping period with a clear message (409)', async () => {
    const again = await post(cookies['phuong1.dv'], entry(ids['AS-SH-P1-PN'], 2, 1, 0, 0));
    expect(again.statusCode).toBe(409);
    const error = errorBody(again);
    expect(error.message.vi).toContain('đã có số liệu cho Quý 2/2026');
    expect(error.message.en).toContain('quarter 2/2026');
    expect(error.fields?.[0].path).toBe('body.periodIndex');
    const month = await post(cookies['phuong1.dv'], { ...entry(ids['AS-SH-P1-PN'], 5, 1, 0, 0), periodKind: 'month' });
    expect(month.statusCode).toBe(409);
    expect(errorBody(month).message.vi).toContain('Quý 2/2026');
    expect(
      (
        await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM member_counts WHERE unit_id = $1', [
          ids['AS-SH-P1-PN'],
        ])
      )[0].n,
    ).toBe(3);
  });

  it('edits an entry, keeps its history and flags the next period that no longer adds up', async () => {
    const edit = await t.call({
      method: 'PUT',
      url: `/api/member-counts/${saved.q2.id}`,
      cookie: cookies['phuong1.dv'],
      body: entry(ids['AS-SH-P1-PN'], 2, 1290, 100, 10, { note: 'Đã đối chiếu sổ hội viên' }),
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const body = edit.json() as MemberCountSaved;
    expect(body).toMatchObject({ members: 1290, admitted: 100, note: 'Đã đối chiếu sổ hội viên' });
    expect(body.warnings.map((w) => w.code)).toEqual(['next_balance']);
    const moveOnto = await t.call({
      method: 'PUT',
      url: `/api/member-counts/${saved.q2.id}`,
      cookie: cookies['phuong1.dv'],
      body: entry(ids['AS-SH-P1-PN'], 3, 1290, 100, 10),
    });
    expect(moveOnto.statusCode).toBe(409);
    const history = await t.call({
      method: 'GET',
      url: `/api/member-counts/${saved.q2.id}/history`,
      cookie: cookies.viewer,
    });
    expect(history.statusCode).toBe(200);
    const entries = history.json() as AuditEntry[];
    expect(entries.map((e) => e.action)).toEqual(['member_count.update', 'member_count.create']);
    expect(entries[0]).toMatchObject({
      actorUsername: 'phuong1.dv',
      before: { members: 1225, admitted: 40 },
      after: { members: 1290, admitted: 100 },
    });
  });

  it('keeps each branch to itself: 404 outside the scope, 403 for viewers', async () => {
    expect((await post(cookies['phuong2.dv'], entry(ids['AS-SH-P1-DTN'], 1, 1, 0, 0))).statusCode).toBe(404);
    for (const url of [`/api/member-counts/${saved.q1.id}`, `/api/member-counts/${saved.q1.id}/history`]) {
      expect((await t.call({ method: 'GET', url, cookie: cookies['phuong2.dv'] })).statusCode).toBe(404);
    }
    const foreignEdit = await t.call({
      method: 'PUT',
      url: `/api/member-counts/${saved.q1.id}`,
      cookie: cookies['phuong2.dv'],
      body: entry(ids['AS-SH-P2-PN'], 1, 1, 0, 0),
    });
    expect(foreignEdit.statusCode).toBe(404);
    const ward2 = (await list(cookies['phuong2.dv'])).items;
    expect(ward2.length).toBeGreaterThan(0);
    expect(ward2.every((item) => item.parentName === 'Phường 2')).toBe(true);
    const rollup = await t.call({
      method: 'GET',
      url: `/api/member-counts/rollup?unitId=${ids['AS-SH-P1']}&year=2026`,
      cookie: cookies['phuong2.dv'],
    });
    expect(rollup.statusCode).toBe(404);

    const viewerCreate = await post(cookies.viewer, entry(ids['AS-SH-P1-DTN'], 1, 1, 0, 0));
    expect(viewerCreate.statusCode).toBe(403);
    expect(errorBody(viewerCreate).code).toBe('forbidden');
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `/api/member-counts/${saved.q1.id}`,
          cookie: cookies.viewer,
          body: entry(ids['AS-SH-P1-PN'], 1, 1, 0, 0),
        })
      ).statusCode,
    ).toBe(403);
    const seen = await list(cookies.viewer);
    expect(seen.total).toBe(4);
    expect(seen.items.every((item) => item.abilities.update === false)).toBe(true);
    const ward1 = (await list(cookies['phuong1.dv'])).items;
    expect(ward1.length).toBeGreaterThan(0);
    expect(ward1.every((item) => item.abilities.update)).toBe(true);
    expect((await t.call({ method: 'GET', url: '/api/member-counts' })).statusCode).toBe(401);
  });

  it('answers bad input with the field and a message in both languages, and writes nothing', async () => {
    const before = (await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM member_counts'))[0].n;
    const cases: [unknown, string, number][] = [
      [entry(ids['AS-SH-P1-DTN'], 1, -5, 0, 0), 'body.members', 400],
      [entry(ids['AS-SH-P1-DTN'], 1, 10.5, 0, 0), 'body.members', 400],
      [entry(ids['AS-SH-P1-DTN'], 5, 10, 0, 0), 'body.periodIndex', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 13, 10, 0, 0), periodKind: 'month' }, 'body.periodIndex', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), periodKind: 'week' }, 'body.periodKind', 400],
      [entry(ids['AS-SH-P1-KDV'], 1, 10, 0, 0), 'body.unitId', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), year: 2030 }, 'body.periodIndex', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), unitId: 999_999 }, 'body.unitId', 404],
      [{ unitId: ids['AS-SH-P1-DTN'], periodKind: 'quarter', year: 2026, periodIndex: 1 }, 'body.members', 400],
      [{ ...entry(ids['AS-SH-P1-DTN'], 1, 10, 0, 0), members: '10' }, 'body.members', 400],
    ];
    for (const [body, path, status] of cases) {
      const response = await post(cookies['phuong1.dv'], body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      const error = errorBody(response);
      expect(error.fields?.[0].path, JSON.stringify(body)).toBe(path);
      expect(error.fields?.[0].vi).toBeTruthy();
      expect(error.fields?.[0].en).toBeTruthy();
    }
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/member-counts',
          cookie: cookies['phuong1.dv'],
          body: '{"unitId":',
          headers: { 'content-type': 'application/json' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await t.call({ method: 'GET', url: '/api/member-counts/abc', cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(400);
    expect(
      (await t.call({ method: 'GET', url: '/api/member-counts/424242', cookie: cookies['phuong1.dv'] })).statusCode,
    ).toBe(404);
    expect(
      errorBody(await t.call({ method: 'GET', url: '/api/member-counts?sort=bogus', cookie: cookies['phuong1.dv'] }))
        .fields?.[0].path,
    ).toBe('query.sort');
    expect(
      errorBody(
        await t.call({ method: 'GET', url: '/api/member-counts/rollup?year=2026', cookie: cookies['phuong1.dv'] }),
      ).fields?.[0].path,
    ).toBe('query.unitId');
    expect((await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM member_counts'))[0].n).toBe(before);
  });
});

describe('the list, its export and the rollup', () => {
  it('filters by kind, subtree, period and name (without accents), and sorts', async () => {
    const city = await list(cookies['thanhpho.lanhdao']);
    expect(city.total).toBe(6);
    expect(city.items[0].periodEnd >= city.items[city.total - 1].periodEnd).toBe(true);
    const women = await list(cookies['thanhpho.lanhdao'], 'kind=womens_union&sort=-members');
    expect(women.items.map((item) => item.members)).toEqual([1300, 1290, 1200, 980]);
    expect((await list(cookies['thanhpho.lanhdao'], `unitId=${ids['AS-SH-P1']}`)).total).toBe(4);
    expect(
      (await list(cookies['thanhpho.lanhdao'], 'year=2026&periodKind=quarter&periodIndex=2')).items
        .map((item) => item.unitName)
        .sort(),
    ).toEqual(['Hội Liên hiệp Phụ nữ Phường 1', 'Hội Liên hiệp Phụ nữ Phường 2', 'Đoàn Thanh niên Phường 1'].sort());
    expect((await list(cookies['thanhpho.lanhdao'], 'periodKind=month')).items.map((item) => item.unitName)).toEqual([
      'Ủy ban Mặt trận Tổ quốc thành phố Sơn Hà',
    ]);
    expect((await list(cookies['thanhpho.lanhdao'], `q=${encodeURIComponent('doan thanh nien')}`)).total).toBe(1);
    expect((await list(cookies['thanhpho.lanhdao'], `q=${encodeURIComponent('%')}`)).total).toBe(0);
    const paged = await list(cookies['thanhpho.lanhdao'], 'sort=unit&limit=2&offset=2');
    expect(paged).toMatchObject({ total: 6 });
    expect(paged.items).toHaveLength(2);
  });

  it('exports the filtered list to Excel with real cells and neutralised formulas', async () => {
    await t.call({
      method: 'PUT',
      url: `/api/member-counts/${saved.q1.id}`,
      cookie: cookies['phuong1.dv'],
      body: entry(ids['AS-SH-P1-PN'], 1, 1200, 30, 10, { referredToParty: 2, note: '=HYPERLINK("http://x","y")' }),
    });
    const response = await t.call({
      method: 'GET',
      url: '/api/member-counts/export.xlsx?kind=womens_union&sort=period',
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('doan-vien-hoi-vien.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Đoàn viên, hội viên');
    expect(sheet?.getCell('A1').value).toBe('Số liệu đoàn viên, hội viên');
    expect(sheet?.getCell('H3').value).toBe('Đoàn viên, hội viên cuối kỳ');
    expect(sheet?.rowCount).toBe(3 + 4);
    const first = sheet?.getRow(4);
    expect(first?.getCell(2).value).toBe('Hội Liên hiệp Phụ nữ Phường 1');
    expect(first?.getCell(3).value).toBe('Hội Liên hiệp Phụ nữ');
    expect(first?.getCell(5).value).toBe('Quý 1/2026');
    expect((first?.getCell(6).value as Date).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(first?.getCell(8).value).toBe(1200);
    expect(first?.getCell(14).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(first?.getCell(14).formula).toBeUndefined();
    const q3 = sheet?.getRow(7);
    expect([q3?.getCell(5).value, q3?.getCell(8).value, q3?.getCell(12).value, q3?.getCell(13).value]).toEqual([
      'Quý 3/2026',
      1300,
      1290,
      1305,
    ]);
    const outside = await t.call({
      method: 'GET',
      url: '/api/member-counts/export.xlsx',
      cookie: cookies['phuong2.dv'],
    });
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(outside.rawPayload as unknown as ArrayBuffer);
    expect(other.worksheets[0].rowCount).toBe(4);
  });

  it('rolls up by organisation kind with drill-down, missing organisations as missing', async () => {
    const response = await t.call({
      method: 'GET',
      url: `/api/member-counts/rollup?unitId=${ids['AS-SH']}&year=2026&quarter=2`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(response.statusCode, response.body).toBe(200);
    const rollup = response.json() as MemberRollup;
    expect(rollup).toMatchObject({ unitName: 'Thành phố Sơn Hà', periodStart: '2026-04-01', periodEnd: '2026-06-30' });
    expect(rollup.totals.find((k) => k.kind === 'womens_union')).toEqual({
      kind: 'womens_union',
      organisations: 8,
      reporting: 2,
      members: 1290 + 980,
      admitted: 112,
      left: 14,
      referredToParty: 0,
    });
    expect(rollup.totals.find((k) => k.kind === 'fatherland_front')).toMatchObject({
      organisations: 9,
      reporting: 1,
      members: 75,
    });
    expect(rollup.totals.find((k) => k.kind === 'trade_union')).toBeUndefined();
    const ward3 = rollup.children.find((c) => c.unitId === ids['AS-SH-P3']);
    expect(ward3).toMatchObject({ unitName: 'Phường 3', hasChildren: true });
    expect(ward3?.kinds.find((k) => k.kind === 'womens_union')).toEqual({
      kind: 'womens_union',
      organisations: 1,
      reporting: 0,
      members: null,
      admitted: null,
      left: null,
      referredToParty: null,
    });
    expect(rollup.children.find((c) => c.unitId === ids['AS-SH-MT'])).toMatchObject({
      hasChildren: false,
      kinds: [{ kind: 'fatherland_front', members: 75 }],
    });

    const year = (
      await t.call({
        method: 'GET',
        url: `/api/member-counts/rollup?unitId=${ids['AS-SH-P1']}&year=2026`,
        cookie: cookies['phuong1.dv'],
      })
    ).json() as MemberRollup;
    // The year: the latest count (Q3) as members, the flows of all three quarters.
    expect(year.totals.find((k) => k.kind === 'womens_union')).toMatchObject({
      members: 1300,
      admitted: 150,
      left: 25,
      referredToParty: 2,
    });
    expect(year.children.map((c) => c.unitName)).toEqual([
      'Mặt trận Tổ quốc Phường 1',
      'Hội Liên hiệp Phụ nữ Phường 1',
      'Đoàn Thanh niên Phường 1',
      'Hội Nông dân Phường 1',
      'Hội Cựu chiến binh Phường 1',
    ]);
  });
});

describe('report indicators', () => {
  const compute = (key: string, unitPath: string, from: string, to: string) =>
    inScope(
      t.db,
      unitPath,
      async (sql) =>
        (
          await computedIndicators
            .get(key)
            ?.compute(sql, { unitPath, excludedPaths: [], periodStart: from, periodEnd: to })
        )?.value,
    );

  it('computes the latest members and the summed flows of a subtree; nothing to compute from is null, not zero', async () => {
    const [ward1] = await t.ownerQuery<{ path: string }>('SELECT path::text FROM units WHERE id = $1', [
      ids['AS-SH-P1'],
    ]);
    const [ward3] = await t.ownerQuery<{ path: string }>('SELECT path::text FROM units WHERE id = $1', [
      ids['AS-SH-P3'],
    ]);
    // 15/12/2025–14/09/2026: Q1 and Q2 end inside it, Q3 does not.
    expect(await compute('members.total', ward1.path, '2025-12-15', '2026-09-14')).toBe(1290 + 410);
    expect(await compute('members.admitted', ward1.path, '2025-12-15', '2026-09-14')).toBe(30 + 100 + 25);
    expect(await compute('members.left', ward1.path, '2025-12-15', '2026-09-14')).toBe(10 + 10 + 3);
    expect(await compute('members.referred_to_party', ward1.path, '2025-12-15', '2026-09-14')).toBe(2);
    expect(await compute('members.total', ward3.path, '2025-12-15', '2026-09-14')).toBeNull();
  });

  it('pre-fills a ward report from the records when the catalogue links the HV indicators', async () => {
    const round = await t.call({
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
    expect(round.statusCode, round.body).toBe(201);
    const report = (
      await t.call({
        method: 'GET',
        url: `/api/rounds/${round.json().id}/units/${ids['AS-SH-P1']}/report`,
        cookie: cookies['phuong1.dv'],
      })
    ).json() as ReportView;
    const row = (code: string) => report.rows.find((r) => r.indicator.code === code);
    expect(row('HV_TONG')?.own).toMatchObject({ value: 1700, source: 'computed', computedValue: 1700 });
    expect(row('HV_MOI')?.own).toMatchObject({ value: 155, source: 'computed' });
    expect(row('HV_RA')?.own).toMatchObject({ value: 23, source: 'computed' });
    expect(row('HV_GT_DANG')?.own).toMatchObject({ value: 2, source: 'computed' });
    const ward3 = (
      await t.call({
        method: 'GET',
        url: `/api/rounds/${round.json().id}/units/${ids['AS-SH-P3']}/report`,
        cookie: cookies['thanhpho.lanhdao'],
      })
    ).json() as ReportView;
    expect(ward3.rows.find((r) => r.indicator.code === 'HV_TONG')?.own).toMatchObject({
      value: null,
      computedValue: null,
    });
  });
});
