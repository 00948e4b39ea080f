import { documentTopics, documentTypes, type DocumentSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { fitWrappedRow, printableSheet, safeCellText, wrapColumns } from '../../files/xlsx.js';

/** The filtered register as a worksheet people can sort and print; user text can never become a formula. */
export async function renderDocumentsXlsx(items: DocumentSummary[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Văn bản');
  sheet.addRow([safeCellText(title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow([
    'TT',
    'Số, ký hiệu',
    'Loại văn bản',
    'Ngày ban hành',
    'Trích yếu',
    'Người ký',
    'Đơn vị',
    'Chủ đề',
    'Tệp đính kèm',
  ]);
  header.font = { bold: true };
  [5, 16, 14, 12, 50, 18, 22, 22, 24].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  wrapColumns(sheet, [2, 5, 6, 7, 8, 9], 3);
  items.forEach((doc, index) => {
    const [y, m, d] = doc.issuedOn.split('-').map(Number);
    const row = sheet.addRow([
      index + 1,
      safeCellText(doc.symbol),
      documentTypes[doc.type].vi,
      new Date(Date.UTC(y, m - 1, d)),
      safeCellText(doc.title),
      safeCellText(doc.signer),
      safeCellText(doc.unitName),
      doc.topics.map((topic) => documentTopics[topic].vi).join('; '),
      safeCellText(doc.attachments.map((a) => a.fileName).join('; ')),
    ]);
    fitWrappedRow(row, [
      { column: 5, text: doc.title },
      { column: 7, text: doc.unitName },
      { column: 9, text: doc.attachments.map((a) => a.fileName).join('; ') },
    ]);
  });
  sheet.getColumn(4).numFmt = 'dd/mm/yyyy';
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + items.length, column: 9 } };
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  printableSheet(sheet, '3:3');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
