import type { DecisionSummary } from '@danvan/shared';
import { AlignmentType, Table, TableCell, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import {
  TEXT_WIDTH,
  documentTitle,
  nfc,
  paragraph,
  partyDocument,
  partyHeader,
  type PartyIssuer,
} from '../../files/party-docx.js';
import { printableSheet, safeCellText } from '../../files/xlsx.js';

// The list of recipients attached to a commendation decision ("DANH SÁCH … được tặng … (Kèm theo
// Quyết định số …)"), in the Party format and as a worksheet.

export interface RecipientsList {
  decision: DecisionSummary;
  issuer: PartyIssuer;
  /** The issuing body as the "(Kèm theo …)" line names it: "Ban Thường vụ Thành ủy Sơn Hà". */
  issuerName: string;
  place: string;
  collectives: DecisionSummary['recipients'];
  individuals: DecisionSummary['recipients'];
}

const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const dayOf = (iso: string) => new Date(`${iso}T12:00:00+07:00`);

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(text: string, width: number, options: { bold?: boolean; align?: Align } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [paragraph(text, { size: 13, bold: options.bold, alignment: options.align ?? AlignmentType.LEFT })],
  });
}

const COLUMNS = [
  { heading: 'STT', share: 9, align: AlignmentType.CENTER },
  { heading: 'Họ và tên', share: 27, align: AlignmentType.LEFT },
  { heading: 'Năm sinh', share: 11, align: AlignmentType.CENTER },
  { heading: 'Chức vụ', share: 27, align: AlignmentType.LEFT },
  { heading: 'Đơn vị', share: 28, align: AlignmentType.LEFT },
] as const;

function recipientsTable(rows: DecisionSummary['recipients'], collective: boolean): Table {
  const columns = collective ? [COLUMNS[0], { ...COLUMNS[1], heading: 'Tên tập thể', share: 65 }, COLUMNS[4]] : COLUMNS;
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => Math.round((c.share * TEXT_WIDTH) / total));
  const values = (r: DecisionSummary['recipients'][number], i: number) =>
    collective
      ? [String(i + 1), r.name, r.unitName]
      : [String(i + 1), r.name, r.birthYear === null ? '' : String(r.birthYear), r.position, r.unitName];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.heading, widths[i], { bold: true, align: AlignmentType.CENTER })),
      }),
      ...rows.map(
        (r, index) =>
          new TableRow({
            cantSplit: true,
            children: values(r, index).map((text, i) => cell(text, widths[i], { align: columns[i].align })),
          }),
      ),
    ],
  });
}

/** The subject lines under "DANH SÁCH". */
export function listSubject(list: RecipientsList): string[] {
  const who =
    list.collectives.length > 0 && list.individuals.length > 0
      ? 'tập thể, cá nhân'
      : list.collectives.length > 0
        ? 'tập thể'
        : 'cá nhân';
  const { decision } = list;
  return [
    `${who} được tặng ${decision.awardName}`,
    `(Kèm theo Quyết định số ${decision.number}, ngày ${viDate(decision.signedOn)} của ${list.issuerName})`,
  ];
}

export async function renderRecipientsDocx(list: RecipientsList): Promise<Buffer> {
  const subject = listSubject(list);
  // The "(Kèm theo …)" line in italics under the bold subject, above the short rule that closes the title.
  const title = documentTitle('Danh sách', [subject[0]]);
  const children: (Paragraph | Table)[] = [
    partyHeader(list.issuer, '', list.place, dayOf(list.decision.signedOn)),
    ...title.slice(0, -1),
    paragraph(subject[1], { italics: true, alignment: AlignmentType.CENTER }),
    ...title.slice(-1),
  ];
  const sections: [string, DecisionSummary['recipients'], boolean][] = [];
  if (list.collectives.length > 0) sections.push(['TẬP THỂ', list.collectives, true]);
  if (list.individuals.length > 0) sections.push(['CÁ NHÂN', list.individuals, false]);
  sections.forEach(([heading, rows, collective], index) => {
    if (sections.length > 1)
      children.push(
        paragraph(`${['I', 'II'][index]}. ${heading}`, { bold: true, spacing: { before: 240, after: 120 } }),
      );
    children.push(recipientsTable(rows, collective));
  });
  const count = [
    list.collectives.length > 0 ? `${list.collectives.length} tập thể` : '',
    list.individuals.length > 0 ? `${list.individuals.length} cá nhân` : '',
  ]
    .filter(Boolean)
    .join(' và ');
  children.push(
    paragraph(`Danh sách này có ${count}./.`, { italics: true, spacing: { before: 240 } }),
    paragraph('-----', { alignment: AlignmentType.CENTER, spacing: { before: 120 } }),
  );
  return partyDocument(nfc(`Danh sách ${subject[0]}`), children);
}

/** The same list as a worksheet: A4 portrait, the heading rows on every page; user text never a formula. */
export async function renderRecipientsXlsx(list: RecipientsList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  const subject = listSubject(list);
  sheet.addRow([safeCellText(`DANH SÁCH ${subject[0].toLocaleUpperCase('vi')}`)]).font = { bold: true, size: 13 };
  sheet.addRow([safeCellText(subject[1])]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(['STT', 'Họ và tên / tên tập thể', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Đối tượng']);
  header.font = { bold: true };
  header.height = 22;
  [
    ...list.collectives.map((r) => [r, 'Tập thể'] as const),
    ...list.individuals.map((r) => [r, 'Cá nhân'] as const),
  ].forEach(([r, kind], index) => {
    const row = sheet.addRow([
      index + 1,
      safeCellText(r.name),
      r.birthYear,
      safeCellText(r.position),
      safeCellText(r.unitName),
      kind,
    ]);
    row.height = 15 * Math.max(1, Math.ceil(r.position.length / 28), Math.ceil(r.unitName.length / 28));
  });
  [6, 28, 10, 30, 30, 12].forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top', horizontal: index === 0 || index === 2 ? 'center' : 'left' };
  });
  // A list that is printed and signed: every cell of the table ruled, the heading centred.
  const thin = { style: 'thin' as const };
  for (let r = 4; r <= sheet.rowCount; r++)
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    });
  header.eachCell((cell) => {
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  sheet.mergeCells('A1:F1');
  sheet.mergeCells('A2:F2');
  sheet.getRow(1).height = 34;
  sheet.getRow(2).height = 30;
  for (const r of [1, 2])
    sheet.getCell(`A${r}`).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  printableSheet(sheet, '4:4', 'portrait');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
