import type { ReportView } from '@danvan/shared';
import { AlignmentType, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { ANNEX_PAGE, TEXT_WIDTH, nfc, paragraph } from '../../files/party-docx.js';
import { changeHeading, lastYearHeading, type TableLine } from './report-table.js';

const ANNEX_WIDTH = ANNEX_PAGE.width - ANNEX_PAGE.margin.left - ANNEX_PAGE.margin.right;

/** The subject under "BÁO CÁO": the round's title without its leading "Báo cáo", with the next period's directions. */
export function reportSubject(round: ReportView['round']): string {
  const title = nfc(round.title).replace(/^báo cáo\s+/i, '');
  const subject = title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);
  if (/phương hướng/i.test(subject)) return subject;
  const romans = ['I', 'II', 'III', 'IV'];
  const next =
    round.template === 'monthly'
      ? round.periodIndex >= 12
        ? `tháng 01 năm ${round.year + 1}`
        : `tháng ${round.periodIndex + 1} năm ${round.year}`
      : round.template === 'quarterly'
        ? round.periodIndex >= 4
          ? `quý I năm ${round.year + 1}`
          : `quý ${romans[round.periodIndex]} năm ${round.year}`
        : round.template === 'six_month'
          ? `6 tháng cuối năm ${round.year}`
          : round.template === 'nine_month'
            ? `quý IV năm ${round.year}`
            : `năm ${round.year + 1}`;
  return `${subject}, phương hướng, nhiệm vụ ${next}`;
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(
  text: string,
  width: number,
  options: { bold?: boolean; italics?: boolean; align?: Align; span?: number; indent?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      paragraph(text, {
        size: 11,
        bold: options.bold,
        italics: options.italics,
        alignment: options.align ?? AlignmentType.CENTER,
        indent: options.indent ? { left: 200 } : undefined,
      }),
    ],
  });
}

interface Column {
  heading: string;
  width: number;
  value: (line: TableLine, number: string) => string;
  align: Align;
}

function figuresTable(columns: Column[], lines: TableLine[], tableWidth: number): Table {
  let counter = 0;
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => Math.round((column.width * tableWidth) / total));
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column, i) => cell(column.heading, widths[i], { bold: true })),
      }),
      ...lines.map((line) => {
        if (line.kind === 'section') {
          return new TableRow({
            cantSplit: true,
            children: [
              cell(line.label, tableWidth, {
                bold: true,
                italics: true,
                align: AlignmentType.LEFT,
                span: columns.length,
              }),
            ],
          });
        }
        const number = line.indented ? '' : String((counter += 1));
        return new TableRow({
          cantSplit: true,
          children: columns.map((column, i) =>
            cell(column.value(line, number), widths[i], {
              align: column.align,
              indent: i === 1 && line.indented,
              italics: line.indented,
            }),
          ),
        });
      }),
    ],
  });
}

const left = AlignmentType.LEFT;
const center = AlignmentType.CENTER;
const right = AlignmentType.RIGHT;

/** The key figures in the body of the document: this year, last year, and the like-for-like change. */
export function keyFiguresTable(view: ReportView, lines: TableLine[]): Table {
  return figuresTable(
    [
      { heading: 'TT', width: 500, value: (_, n) => n, align: center },
      { heading: 'Chỉ tiêu', width: 3300, value: (l) => l.label, align: left },
      { heading: 'Đơn vị tính', width: 1000, value: (l) => l.unit, align: center },
      { heading: 'Kỳ này', width: 1150, value: (l) => l.total, align: right },
      { heading: lastYearHeading(view), width: 1150, value: (l) => l.lastYear, align: right },
      { heading: changeHeading(view, 'Tăng/giảm'), width: 1000, value: (l) => l.difference, align: right },
      { heading: changeHeading(view, 'Tỷ lệ %'), width: 972, value: (l) => l.percent, align: right },
    ],
    lines,
    TEXT_WIDTH,
  );
}

/** Every figure in the annex, with the like-for-like bases of the change spelled out. */
export function annexTable(view: ReportView, lines: TableLine[]): Table {
  return figuresTable(
    [
      { heading: 'TT', width: 450, value: (_, n) => n, align: center },
      { heading: 'Chỉ tiêu', width: 3600, value: (l) => l.label, align: left },
      { heading: 'Đơn vị tính', width: 1000, value: (l) => l.unit, align: center },
      { heading: 'Kỳ này', width: 1250, value: (l) => l.total, align: right },
      { heading: lastYearHeading(view), width: 1250, value: (l) => l.lastYear, align: right },
      { heading: 'Kỳ này (cùng đơn vị)', width: 1250, value: (l) => l.comparableNow, align: right },
      { heading: `${lastYearHeading(view)} (cùng đơn vị)`, width: 1250, value: (l) => l.comparableLast, align: right },
      { heading: 'Tăng/giảm', width: 1000, value: (l) => l.difference, align: right },
      { heading: 'Tỷ lệ %', width: 1000, value: (l) => l.percent, align: right },
    ],
    lines,
    ANNEX_WIDTH,
  );
}
