import type { ReportView, RoundSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { fillReport, reportOf, type FigureInput } from '../../test/reports.js';
import { reportTableLines, type TableLine } from './report-table.js';

// The screen, the Word document and the Excel workbook state one set of figures, in every state of a report.
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let round: RoundSummary;

const nineMonths = (year: number, deadline: string) => ({
  openerUnitId: ids['AS-SH'],
  template: 'nine_month',
  year,
  periodStart: `${year - 1}-12-15`,
  periodEnd: `${year}-09-14`,
  deadline,
  reportingUnitTypes: ['ward'],
});
const paper = (code: string, value: number, denominator?: number) => ({
  code,
  value,
  denominator,
  adjustReason: 'Số liệu từ báo cáo giấy',
});

async function call(method: string, url: string, cookie: string, body?: unknown) {
  const response = await t.call({ method, url, cookie, body });
  return response;
}

/** A unit's report entered by the admin and taken to `to`, the city approving or returning it. */
const fill = (
  roundId: number,
  unit: string,
  values: FigureInput[],
  to: 'draft' | 'submitted' | 'returned' | 'approved',
) =>
  fillReport(t, { roundId, unitId: ids[unit] }, values, {
    author: cookies.admin,
    approver: cookies['thanhpho.lanhdao'],
    to,
  });

const wardFigures = (documents: number, dialogues: number, households: number) => [
  paper('VB_TONG', documents),
  paper('VB_KH', Math.min(documents, 3)),
  paper('DT_CUOC', dialogues),
  paper('HO_DAN', households),
  paper('HO_VAN_HOA', Math.round(households * 0.8), households),
  paper('DON_NHAN', 12),
  paper('DON_THAM_QUYEN', 10),
  paper('DON_GQ', 9),
];

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'tinh.lanhdao', 'phuong1.dv', 'phuong1.lanhdao'])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-BDV', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-SH-P4', 'AS-SH-P5'])
    ids[code] = await t.unitId(code);
  const last = await call('POST', '/api/rounds', cookies['thanhpho.lanhdao'], nineMonths(2025, '2025-09-25'));
  expect(last.statusCode, last.body).toBe(201);
  for (const [unit, figures] of [
    ['AS-SH-P1', wardFigures(20, 3, 4000)],
    ['AS-SH-P2', wardFigures(14, 2, 3500)],
    ['AS-SH-P3', wardFigures(9, 1, 2000)],
  ] as const) {
    await fill(last.json().id, unit, [...figures], 'approved');
  }
  // The city's own report of last year, approved by the level above as any other.
  const cityLast = await fill(last.json().id, 'AS-SH', [paper('VB_TONG', 40), paper('KT_GS', 6)], 'submitted');
  expect((await call('POST', `/api/reports/${cityLast}/approve`, cookies['thanhpho.lanhdao'])).statusCode).toBe(403);
  expect((await call('POST', `/api/reports/${cityLast}/approve`, cookies['tinh.lanhdao'])).statusCode).toBe(200);

  // This year, past its deadline (every unit is late): a ward approved, one submitted late, one returned, one in draft, one with nothing.
  const opened = await call('POST', '/api/rounds', cookies['thanhpho.lanhdao'], nineMonths(2026, '2026-09-25'));
  expect(opened.statusCode, opened.body).toBe(201);
  round = opened.json();
  await fill(round.id, 'AS-SH-P1', wardFigures(25, 4, 4100), 'approved');
  await fill(round.id, 'AS-SH-P2', wardFigures(15, 2, 3550), 'submitted');
  await fill(round.id, 'AS-SH-P3', wardFigures(7, 1, 2010), 'returned');
  await fill(round.id, 'AS-SH-P4', wardFigures(3, 0, 1500), 'draft');
  await fill(round.id, 'AS-SH', [paper('VB_TONG', 46), paper('KT_GS', 8)], 'draft');
});
afterAll(() => t.close());

async function download(cookie: string, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const cellTexts = (xml: string) =>
  [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
    decode([...cell[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );

/** The annex's figure rows of a Word document: [label, unit, total, last year, like-for-like pair, difference, percent]. */
async function wordAnnex(body: Buffer): Promise<string[][]> {
  const xml = (await (await JSZip.loadAsync(body)).file('word/document.xml')?.async('string')) ?? '';
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) => table[0]);
  const annex = tables.at(-1) ?? '';
  return [...annex.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    .map((row) => cellTexts(row[0]))
    .filter((cells) => cells.length === 9)
    .slice(1)
    .map((cells) => cells.slice(1));
}

async function workbookOf(body: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer; at run time it takes Node's Buffer.
  await workbook.xlsx.load(body as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

const expectedCells = (line: TableLine) => [
  line.label,
  line.unit,
  line.total,
  line.lastYear,
  line.comparableNow,
  line.comparableLast,
  line.difference,
  line.percent,
];
const nullable = (value: ExcelJS.CellValue) => (value === null || value === undefined ? null : value);

async function expectOneSetOfFigures(reportId: number, cookie: string, signer = '') {
  const view: ReportView = (await call('GET', `/api/reports/${reportId}`, cookie)).json();
  const lines = reportTableLines(view, { keyOnly: false }).filter((line) => line.kind === 'figure');
  expect(lines.length).toBeGreaterThan(0);
  // The screen's rows are the lines' figures.
  for (const line of lines.filter((l) => !l.indented && l.own === '')) {
    const row = view.rows.find((r) => r.indicator.code === line.code);
    expect(line.numbers?.total, line.code).toEqual(row?.total);
    expect(line.numbers?.lastYear, line.code).toEqual(row?.lastYear);
  }
  const word = await wordAnnex(
    await download(
      cookie,
      `/api/reports/${reportId}/export.docx?signerName=${encodeURIComponent(signer || 'Trần Văn Đức')}`,
    ),
  );
  expect(word).toEqual(lines.map(expectedCells));
  const sheet = (await workbookOf(await download(cookie, `/api/reports/${reportId}/export.xlsx`))).getWorksheet(
    'Tổng hợp',
  ) as Worksheet;
  const excelRows: unknown[][] = [];
  sheet.eachRow((row, r) => {
    if (r > 5 && typeof row.getCell(11).value === 'string')
      excelRows.push([row.getCell(2).value, ...[4, 5, 6, 7, 8].map((c) => nullable(row.getCell(c).value))]);
  });
  expect(excelRows).toEqual(
    lines.map((line) => [
      line.label,
      line.numbers?.total.value ?? null,
      line.numbers?.lastYear.value ?? null,
      line.numbers?.comparableNow.value ?? null,
      line.numbers?.comparableLast.value ?? null,
      line.numbers?.difference ?? null,
    ]),
  );
  return { view, lines };
}

describe('one set of figures on the screen, in Word and in Excel', () => {
  it('agrees for an approved, a submitted, a returned and a draft report of a ward', async () => {
    for (const unit of ['AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3', 'AS-SH-P4']) {
      const { view } = await expectOneSetOfFigures(
        (await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids[unit])).id,
        cookies['thanhpho.lanhdao'],
      );
      expect(view.late).toBe(true);
    }
  });

  it("agrees for the opener's own report with missing and late units, before and after the level above approves it", async () => {
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    const { view, lines } = await expectOneSetOfFigures(city.id, cookies['thanhpho.lanhdao']);
    // Like for like: the city and Phường 1 have figures in both years; the totals hold everything in.
    expect(view.comparison).toMatchObject({ units: 2, of: 9 });
    const documents = lines.find((line) => line.code === 'VB_TONG' && line.indented);
    expect(documents).toMatchObject({
      label: 'Toàn địa bàn',
      total: '71',
      lastYear: '83',
      comparableNow: '71',
      comparableLast: '60',
      difference: '+11',
      percent: '+18,33',
    });
    const own = lines.find((line) => line.code === 'VB_TONG' && !line.indented);
    expect(own).toMatchObject({ total: '46', lastYear: '40', difference: '+6', percent: '+15' });
    // The board held no dialogue it reported last year: missing, never 0; the area's like-for-like base is Phường 1's.
    expect(lines.find((line) => line.code === 'DT_CUOC' && !line.indented)).toMatchObject({
      total: '—',
      lastYear: '—',
      difference: '—',
    });
    expect(lines.find((line) => line.code === 'DT_CUOC' && line.indented)).toMatchObject({
      total: '4',
      lastYear: '6',
      comparableNow: '4',
      comparableLast: '3',
      difference: '+1',
    });
    expect((await call('POST', `/api/reports/${city.id}/submit`, cookies['thanhpho.lanhdao'])).statusCode).toBe(200);
    expect((await call('POST', `/api/reports/${city.id}/approve`, cookies['tinh.lanhdao'])).statusCode).toBe(200);
    await expectOneSetOfFigures(city.id, cookies['tinh.lanhdao']);
  });
});

describe('the outline and the key figures are chosen when the round is opened', () => {
  it('opens a combined review with its own sections and the key indicators the opener chose', async () => {
    const body = {
      openerUnitId: ids['AS-SH'],
      template: 'annual',
      year: 2026,
      periodStart: '2025-12-15',
      periodEnd: '2026-12-14',
      deadline: '2026-12-20',
      reportingUnitTypes: ['ward'],
      outline: 'combined',
      keyIndicators: ['KT_GS', 'KHONG_CO'],
    };
    const bad = await call('POST', '/api/rounds', cookies['thanhpho.lanhdao'], body);
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('body.keyIndicators.1');
    expect(
      errorBody(await call('POST', '/api/rounds', cookies['thanhpho.lanhdao'], { ...body, outline: 'tuy_y' }))
        .fields?.[0].path,
    ).toBe('body.outline');
    const opened = await call('POST', '/api/rounds', cookies['thanhpho.lanhdao'], {
      ...body,
      keyIndicators: ['KT_GS'],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().outline).toBe('combined');
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], opened.json().id, ids['AS-SH']);
    expect(city.rows.filter((row) => row.indicator.isKey).map((row) => row.indicator.code)).toEqual(['KT_GS']);
    await call('PUT', `/api/reports/${city.id}`, cookies['thanhpho.lanhdao'], {
      values: [
        { code: 'KT_GS', value: 5 },
        { code: 'DT_CUOC', value: 2 },
      ],
      narrative: { democracy: 'Các phường công khai đầy đủ.' },
    });
    const xml =
      (await (
        await JSZip.loadAsync(await download(cookies['thanhpho.lanhdao'], `/api/reports/${city.id}/export.docx`))
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    for (const heading of [
      'II. Kết quả công tác dân vận',
      'III. Kết quả thực hiện dân chủ ở cơ sở',
      'IV. Kết quả thực hiện Chương trình phối hợp với Mặt trận Tổ quốc và các đoàn thể',
    ])
      expect(xml).toContain(heading);
    // The body's table holds the key figure only; the annex has the rest.
    const changed = await call('PATCH', `/api/rounds/${opened.json().id}`, cookies['thanhpho.lanhdao'], {
      keyIndicators: ['DT_CUOC'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(
      (await reportOf(t, cookies['thanhpho.lanhdao'], opened.json().id, ids['AS-SH'])).rows
        .filter((row) => row.indicator.isKey)
        .map((row) => row.indicator.code),
    ).toEqual(['DT_CUOC']);
    expect(
      (
        await call('PATCH', `/api/rounds/${opened.json().id}`, cookies['phuong1.lanhdao'], {
          keyIndicators: ['DT_CUOC'],
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('export settings and the names a unit signs with', () => {
  const settings = {
    number: '15',
    date: '2026-09-29',
    signing: 'deputy',
    collectiveName: null,
    headTitle: 'Trưởng ban',
    signerTitle: 'Phó Trưởng ban',
    signerName: 'Nguyễn Văn An',
    recipients: ['Ban Dân vận Tỉnh ủy An Sơn (b/c),', 'Thường trực Thành ủy (b/c),', 'Lưu VP.'],
  };

  it('stores what the Word document is issued with, for the unit itself only', async () => {
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    expect(
      (await call('PUT', `/api/reports/${city.id}/export-settings`, cookies['thanhpho.lanhdao'], settings)).statusCode,
    ).toBe(200);
    expect((await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH'])).exportSettings).toMatchObject({
      number: '15',
      signerName: 'Nguyễn Văn An',
      recipients: settings.recipients,
    });
    const ward = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH-P1']);
    expect(
      (await call('PUT', `/api/reports/${ward.id}/export-settings`, cookies['thanhpho.lanhdao'], settings)).statusCode,
    ).toBe(403);
    expect(
      (await call('PUT', `/api/reports/${city.id}/export-settings`, cookies['phuong1.dv'], settings)).statusCode,
    ).toBe(404);
    const bad = await call('PUT', `/api/reports/${city.id}/export-settings`, cookies['thanhpho.lanhdao'], {
      ...settings,
      recipients: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('body.recipients');
    const xml = await (
      await JSZip.loadAsync(await download(cookies['thanhpho.lanhdao'], `/api/reports/${city.id}/export.docx`))
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml).toContain('K/T TRƯỞNG BAN');
    expect(xml).toContain('Sơn Hà, ngày 29 tháng 9 năm 2026');
  });

  it('needs the signer of a final document', async () => {
    const ward = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH-P1']);
    const refused = await call('GET', `/api/reports/${ward.id}/export.docx`, cookies['phuong1.dv']);
    expect(refused.statusCode).toBe(400);
    expect(errorBody(refused).fields?.[0]).toMatchObject({
      path: 'query.signerName',
      vi: 'Báo cáo đã nộp cần ghi họ tên người ký',
    });
  });

  it('heads the documents with the short name and abbreviation set for the unit', async () => {
    const names = { shortName: 'Ban Tuyên giáo và Dân vận', abbreviation: 'btgdvtu' };
    expect(
      (await call('PUT', `/api/units/${ids['AS-SH-BDV']}/document-names`, cookies['phuong1.lanhdao'], names))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('PUT', `/api/units/${ids['AS-SH-BDV']}/document-names`, cookies['phuong1.dv'], names)).statusCode,
    ).toBe(404);
    const wrongRole = await call('PUT', `/api/units/${ids['AS-SH-P1']}/document-names`, cookies['phuong1.dv'], names);
    expect(wrongRole.statusCode).toBe(403);
    const bad = await call('PUT', `/api/units/${ids['AS-SH-BDV']}/document-names`, cookies['thanhpho.lanhdao'], {
      ...names,
      abbreviation: 'BD VTU',
    });
    expect(errorBody(bad).fields?.[0].path).toBe('body.abbreviation');
    const set = await call('PUT', `/api/units/${ids['AS-SH-BDV']}/document-names`, cookies['thanhpho.lanhdao'], names);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ shortName: 'Ban Tuyên giáo và Dân vận', abbreviation: 'BTGDVTU' });
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    expect(city.body).toMatchObject({
      superior: 'Thành ủy Sơn Hà',
      shortName: 'Ban Tuyên giáo và Dân vận',
      abbreviation: 'BTGDVTU',
    });
    const xml = await (
      await JSZip.loadAsync(
        await download(cookies['thanhpho.lanhdao'], `/api/reports/${city.id}/export.docx?signerName=A`),
      )
    )
      .file('word/document.xml')
      ?.async('string');
    expect(xml).toContain('BAN TUYÊN GIÁO VÀ DÂN VẬN');
    expect(xml).toContain('Số 15-BC/BTGDVTU');
  });
});
