import { documentTopics, documentTypes, type DocumentSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { safeCellText } from '../../files/xlsx.js';

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
  items.forEach((doc, index) => {
    const [y, m, d] = doc.issuedOn.split('-').map(Number);
    sheet.addRow([
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
  });
  sheet.getColumn(4).numFmt = 'dd/mm/yyyy';
  [5, 16, 16, 14, 60, 22, 28, 28, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + items.length, column: 9 } };
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
