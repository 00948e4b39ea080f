// The situation the report export tests start from, and the readers of what they download: the
// Word document's paragraphs and tables, and workbooks.
import type { RoundSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { nineMonthRound, reportOf } from './reports.js';

/**
 * An app with the city's 9-month rounds of 2025 and 2026 and Phường 1's 2025 report approved with 1,000
 * documents (for the comparison columns); `reports` holds the ids of P1 of 2025 and 2026, P2 of 2026
 * and the city's of 2026.
 */
export async function openExportApp() {
  const t = await createTestApp();
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2']) ids[code] = await t.unitId(code);
  const opened: RoundSummary[] = [];
  for (const year of [2025, 2026]) {
    const response = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies['thanhpho.lanhdao'],
      body: nineMonthRound(ids['AS-SH'], year),
    });
    expect(response.statusCode, response.body).toBe(201);
    opened.push(response.json() as RoundSummary);
  }
  const [round2025, round2026] = opened;
  const reports = {
    p1_2025: (await reportOf(t, cookies.admin, round2025.id, ids['AS-SH-P1'])).id,
    p1: (await reportOf(t, cookies.admin, round2026.id, ids['AS-SH-P1'])).id,
    p2: (await reportOf(t, cookies.admin, round2026.id, ids['AS-SH-P2'])).id,
    city: (await reportOf(t, cookies.admin, round2026.id, ids['AS-SH'])).id,
  };

  // Last year's figures, for the comparison columns.
  const saved = await t.call({
    method: 'PUT',
    url: `/api/reports/${reports.p1_2025}`,
    cookie: cookies.admin,
    body: {
      // Document counts are computed from the (empty) register: stated by hand, they need a reason.
      values: [
        { code: 'VB_TONG', value: 1000, adjustReason: 'Văn bản giấy' },
        { code: 'VB_KH', value: 5, adjustReason: 'Văn bản giấy' },
      ],
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect(
    (await t.call({ method: 'POST', url: `/api/reports/${reports.p1_2025}/submit`, cookie: cookies.admin })).statusCode,
  ).toBe(200);
  expect(
    (
      await t.call({
        method: 'POST',
        url: `/api/reports/${reports.p1_2025}/approve`,
        cookie: cookies['thanhpho.lanhdao'],
      })
    ).statusCode,
  ).toBe(200);
  return { t, cookies, ids, round2025, round2026, reports };
}

export async function download(t: TestApp, cookie: string, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  return { response, body: response.rawPayload };
}

export async function loadWorkbook(buffer: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer; at run time it takes Node's Buffer.
  await workbook.xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

/** The row number of an indicator code in a column of a sheet: the summary's last, the form's first. */
export function sheetRow(sheet: Worksheet, code: string, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, column).value === code) return r;
  throw new Error(`no row for ${code}`);
}

/** The text of each paragraph of word/document.xml, entities decoded. */
export function paragraphs(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
}

/** The cell texts of each table row. */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join('\n')),
  );
}
