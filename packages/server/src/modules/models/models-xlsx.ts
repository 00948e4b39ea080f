import { modelFields, modelStatusNames, recognitionLevels, type ModelSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { fitWrappedRow, printableSheet, safeCellText, wrapColumns } from '../../files/xlsx.js';

const dateCell = (iso: string | null) => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** The filtered models list as a worksheet to sort and print; user text can never become a formula. */
export async function renderModelsXlsx(items: ModelSummary[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Mô hình');
  sheet.addRow([safeCellText(title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow([
    'TT',
    'Tên mô hình',
    'Phong trào',
    'Lĩnh vực',
    'Đơn vị',
    'Chủ thể thực hiện',
    'Ngày đăng ký',
    'Ngày bắt đầu',
    'Trạng thái',
    'Cấp công nhận',
    'Ngày công nhận',
    'Điểm đánh giá',
    'Kết quả',
  ]);
  header.font = { bold: true };
  [5, 34, 26, 18, 20, 22, 11, 11, 14, 13, 11, 9, 42].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  wrapColumns(sheet, [2, 3, 4, 5, 6, 9, 10, 13], 3);
  items.forEach((model, index) => {
    const figures = model.resultFigures.map((f) => `${f.label}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`).join('; ');
    const results = [figures, model.results].filter(Boolean).join('\n');
    const row = sheet.addRow([
      index + 1,
      safeCellText(model.name),
      safeCellText(model.movementName),
      modelFields[model.field].vi,
      safeCellText(model.unitName),
      safeCellText(model.ownerPeople),
      dateCell(model.registeredOn),
      dateCell(model.startOn),
      modelStatusNames[model.status].vi,
      model.recognitionLevel ? recognitionLevels[model.recognitionLevel].vi : '',
      dateCell(model.recognisedOn),
      model.score,
      safeCellText(results),
    ]);
    fitWrappedRow(row, [
      { column: 2, text: model.name },
      { column: 3, text: model.movementName },
      { column: 6, text: model.ownerPeople },
      { column: 13, text: results },
    ]);
  });
  for (const column of [7, 8, 11]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(12).numFmt = '0.0';
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + items.length, column: 13 } };
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  printableSheet(sheet, '3:3');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
