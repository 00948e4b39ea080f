import type { Indicator, ReportView } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile as importFileOf, goodRows, workbook } from '../../test/document-import.js';
import { createTestApp, type TestApp } from '../../test/harness.js';

// Documents by topic as report indicators: their place in the catalogue and the counts of a report's area and period.
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

const importFile = (cookie: string, unitId: number, content: Buffer, dryRun: boolean) =>
  importFileOf(t, cookie, unitId, content, dryRun);

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv'])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P1-KDV', 'AS-SH-P2-KDV']) ids[code] = await t.unitId(code);
  // Phường 1's register as the import tests (document-import.test.ts) leave it: the three rows that import cleanly.
  const imported = await importFile(cookies['phuong1.dv'], ids['AS-SH-P1-KDV'], await workbook(goodRows), false);
  expect(imported.statusCode, imported.body).toBe(200);
});
afterAll(() => t.close());

describe('documents by topic as report indicators', () => {
  it('places the topic counts after the document types in the catalogue, as parts of VB_TONG', async () => {
    const { indicators } = (
      await t.call({ method: 'GET', url: '/api/indicators/2026', cookie: cookies['phuong1.dv'] })
    ).json() as { indicators: Indicator[] };
    const codes = indicators.map((i) => i.code);
    const at = codes.indexOf('VB_TB');
    expect(codes.slice(at + 1, at + 8)).toEqual([
      'VB_CD_DAN_TOC',
      'VB_CD_TON_GIAO',
      'VB_CD_DAN_CHU',
      'VB_CD_GPMB',
      'VB_CD_DVK',
      'VB_CD_DU_LUAN',
      'KT_GS',
    ]);
    expect(indicators.find((i) => i.code === 'VB_CD_TON_GIAO')).toMatchObject({
      computedKey: 'documents.topic.religion',
      partOf: 'VB_TONG',
      partKind: 'topic',
      atMostCode: 'VB_TONG',
      basis: 'body',
      aggregation: 'sum',
      unitVi: 'văn bản',
    });
  });

  it("counts the documents of the report's area and period by topic", async () => {
    const opened = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        openerUnitId: ids['AS-SH'],
        template: 'six_month',
        year: 2026,
        periodStart: '2025-12-15',
        periodEnd: '2026-06-14',
        deadline: '2026-06-25',
        reportingUnitTypes: ['ward'],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const file = await workbook([
      [
        '31-CV/KDVP1X',
        '15/12/2025',
        'Nắm tình hình tôn giáo dịp Giáng sinh',
        'A',
        '',
        'Công tác tôn giáo, Công tác dân tộc',
        '',
      ],
      ['32-CV/KDVP1X', '14/06/2026', 'Dư luận về giá điện', 'A', '', 'Dư luận xã hội', ''],
      ['33-CV/KDVP1X', '15/06/2026', 'Ngoài kỳ: tôn giáo', 'A', '', 'tôn giáo', ''],
    ]);
    expect((await importFile(cookies['phuong1.dv'], ids['AS-SH-P1-KDV'], file, false)).statusCode).toBe(200);
    await importFile(
      cookies['phuong2.dv'],
      ids['AS-SH-P2-KDV'],
      await workbook([['1-CV/KDVP2X', '01/03/2026', 'Phường 2: tôn giáo', 'B', '', 'Công tác tôn giáo', '']]),
      false,
    );

    const report = await t.call({
      method: 'GET',
      url: `/api/rounds/${opened.json().id}/units/${ids['AS-SH-P1']}/report`,
      cookie: cookies['phuong1.dv'],
    });
    expect(report.statusCode, report.body).toBe(200);
    const own = (code: string) => (report.json() as ReportView).rows.find((row) => row.indicator.code === code)?.own;
    // Religion: 12-BC (15/04) and 31-CV, not 33-CV after the period nor Phường 2's.
    expect(own('VB_CD_TON_GIAO')).toMatchObject({ value: 2, source: 'computed' });
    expect(own('VB_CD_DAN_TOC')?.value).toBe(1);
    expect(own('VB_CD_DU_LUAN')?.value).toBe(1);
    expect(own('VB_CD_GPMB')?.value).toBe(1);
    expect(own('VB_CD_DVK')?.value).toBe(0);
    expect(own('VB_CD_DAN_CHU')?.value).toBe(0);
  });
});
