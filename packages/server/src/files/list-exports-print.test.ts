import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderAssessmentsXlsx } from '../modules/democracy/democracy-xlsx.js';
import { renderRegisterXlsx } from '../modules/documents/document-register-xlsx.js';
import { renderDocumentsXlsx } from '../modules/documents/documents-xlsx.js';
import { renderMemberCountsXlsx } from '../modules/members/members-xlsx.js';
import { renderModelsXlsx } from '../modules/models/models-xlsx.js';

// The list exports print as the tasks and report workbooks do: A4 landscape, one page wide, the
// heading row on every page, rows tall enough for their wrapped text. Empty lists suffice for the
// print setup; a long title checks the row height.
const title = 'Kế hoạch triển khai thực hiện Quy chế công tác dân vận của hệ thống chính trị trên địa bàn năm 2026';

async function sheetOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook.worksheets[0];
}

describe('list exports print on A4 landscape, one page wide', () => {
  it.each([
    ['documents', () => renderDocumentsXlsx([], 'Văn bản'), '3:3'],
    ['register', () => renderRegisterXlsx({ unitName: 'Phường Thạch Quý', documents: [] }), '4:4'],
    ['members', () => renderMemberCountsXlsx([], 'Đoàn viên'), '3:3'],
    ['models', () => renderModelsXlsx([], 'Mô hình'), '3:3'],
    ['democracy', () => renderAssessmentsXlsx([], 'Dân chủ'), '3:3'],
  ])('%s', async (_name, render, headingRows) => {
    const sheet = await sheetOf(await render());
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: headingRows,
    });
    expect(sheet.headerFooter.oddFooter).toBe('&C&P/&N');
  });

  it('grows a row for a long wrapped title', async () => {
    const sheet = await sheetOf(
      await renderRegisterXlsx({
        unitName: 'Phường Thạch Quý',
        documents: [
          {
            symbol: '12-KH/ĐU',
            issuedOn: '2026-03-15',
            title,
            signer: 'Nguyễn Văn An',
            type: 'KH',
            topics: [],
            role: 'issued',
          },
        ],
      }),
    );
    expect(sheet.getRow(5).height).toBeGreaterThanOrEqual(30);
    expect(sheet.getColumn(4).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });
});
