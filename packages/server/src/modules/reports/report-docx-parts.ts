import type { ReportView } from '@danvan/shared';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { changeHeading, lastYearHeading, type TableLine } from './report-table.js';

// Hướng dẫn 36-HD/VPTW: A4, Times New Roman, margins 25/25/35/15 mm (top/bottom/left/right).
export const FONT = 'Times New Roman';
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(25), bottom: mm(25), left: mm(35), right: mm(15) },
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** The annex is landscape, its margins 20 mm all round. */
export const ANNEX_PAGE = {
  width: PAGE.height,
  height: PAGE.width,
  margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) },
} as const;
const ANNEX_WIDTH = ANNEX_PAGE.width - ANNEX_PAGE.margin.left - ANNEX_PAGE.margin.right;
export const BODY_SIZE = 28; // half-points: 14 pt

export const nfc = (text: string) =>
  // Characters XML 1.0 forbids would make Word refuse the whole file.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
export const upper = (text: string) => nfc(text).toLocaleUpperCase('vi');

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text: nfc(text),
    font: FONT,
    size: (style.size ?? 14) * 2,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });

export function paragraph(text: string, style: RunStyle & Omit<IParagraphOptions, 'children' | 'text'> = {}) {
  const { size, bold, italics, underline, ...options } = style;
  return new Paragraph({ ...options, children: [run(text, { size, bold, italics, underline })] });
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noCellBorders = { top: none, bottom: none, left: none, right: none };

/** A table of columns without borders, as the header and signature blocks are laid out. */
export function layoutTable(columns: { width: number; children: Paragraph[] }[]) {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: columns.map(
          (column) =>
            new TableCell({
              width: { size: column.width, type: WidthType.DXA },
              borders: noCellBorders,
              children: column.children,
            }),
        ),
      }),
    ],
  });
}

/** "Sơn Hà, ngày 05 tháng 02 năm 2026": days below 10 and months 1–2 take a leading zero. */
export function dateLineVi(place: string, date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const day = part('day');
  const month = part('month');
  const dd = day < 10 ? `0${day}` : String(day);
  const mmText = month < 3 ? `0${month}` : String(month);
  return nfc(`${place}, ngày ${dd} tháng ${mmText} năm ${part('year')}`);
}

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
