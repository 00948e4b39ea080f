import type { MemberRollup } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import type { TestApp } from '../../test/harness.js';
import { correctQ2, entry, listCounts, openMembersApp, recordQuarters } from '../../test/members.js';
import { reportOf } from '../../test/reports.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';

// What the recorded member counts give: the list and its export, the rollup, and the report indicators.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;

// A fresh database for each test: each starts from the demo data and records the counts it needs.
beforeEach(async () => {
  ({ t, cookies, ids } = await openMembersApp());
});
afterEach(() => t.close());

const list = (cookie: string, params = '') => listCounts(t, cookie, params);

describe('the list, its export and the rollup', () => {
  it('filters by kind, subtree, period and name (without accents), and sorts', async () => {
    const { q2 } = await recordQuarters(t, cookies, ids);
    await correctQ2(t, cookies['phuong1.dv'], ids, q2);
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
    const saved = await recordQuarters(t, cookies, ids);
    await correctQ2(t, cookies['phuong1.dv'], ids, saved.q2);
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
    const saved = await recordQuarters(t, cookies, ids);
    await correctQ2(t, cookies['phuong1.dv'], ids, saved.q2);
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
    const { q2 } = await recordQuarters(t, cookies, ids);
    await correctQ2(t, cookies['phuong1.dv'], ids, q2);
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
    const { q2 } = await recordQuarters(t, cookies, ids);
    await correctQ2(t, cookies['phuong1.dv'], ids, q2);
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
    const report = await reportOf(t, cookies['phuong1.dv'], round.json().id, ids['AS-SH-P1']);
    const row = (code: string) => report.rows.find((r) => r.indicator.code === code);
    expect(row('HV_TONG')?.own).toMatchObject({ value: 1700, source: 'computed', computedValue: 1700 });
    expect(row('HV_MOI')?.own).toMatchObject({ value: 155, source: 'computed' });
    expect(row('HV_RA')?.own).toMatchObject({ value: 23, source: 'computed' });
    expect(row('HV_GT_DANG')?.own).toMatchObject({ value: 2, source: 'computed' });
    const ward3 = await reportOf(t, cookies['thanhpho.lanhdao'], round.json().id, ids['AS-SH-P3']);
    expect(ward3.rows.find((r) => r.indicator.code === 'HV_TONG')?.own).toMatchObject({
      value: null,
      computedValue: null,
    });
  });
});
