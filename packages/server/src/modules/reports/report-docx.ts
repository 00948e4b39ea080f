import {
  narrativeSectionNames, narrativeSections, sectionNames, formatNumberVi,
  type Figure, type NarrativeSection, type ReportIndicatorRow, type ReportView, type Signing,
} from '@danvan/shared';
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
  type IParagraphOptions,
} from 'docx';
import { coverageSentence } from './narrative.js';

/** What a Party document's header and signature need beyond the report itself. */
export interface DocxOptions {
  /** The superior body, e.g. "ĐẢNG ỦY PHƯỜNG 1"; empty to leave the line out. */
  issuerUpper: string;
  /** The issuing body, e.g. "KHỐI DÂN VẬN PHƯỜNG 1". */
  issuer: string;
  /** The place in the date line: "Sơn Hà, ngày …". */
  place: string;
  date: Date;
  /** The document number ("03"); left blank for the clerk to fill in at issue. */
  number?: string;
  /** Who signs: "T/M KHỐI DÂN VẬN…", the head's title alone, or "K/T TRƯỞNG BAN"; T/M when not given. */
  signing?: Signing;
  /** The head's title a deputy signs for ("Trưởng ban"). */
  headTitle?: string;
  signerTitle?: string;
  signerName?: string;
  recipients?: string[];
}

// Hướng dẫn 36-HD/VPTW: A4, Times New Roman, margins 25/25/35/15 mm (top/bottom/left/right).
const FONT = 'Times New Roman';
const mm = (value: number) => Math.round((value * 1440) / 25.4);
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(25), bottom: mm(25), left: mm(35), right: mm(15) },
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const BODY_SIZE = 28; // half-points: 14 pt

const nfc = (text: string) =>
  // Characters XML 1.0 forbids would make Word refuse the whole file.
  text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
const upper = (text: string) => nfc(text).toLocaleUpperCase('vi');

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

const run = (text: string, style: RunStyle = {}) =>
  new TextRun({ text: nfc(text), font: FONT, size: (style.size ?? 14) * 2, bold: style.bold, italics: style.italics });

function paragraph(text: string, style: RunStyle & Omit<IParagraphOptions, 'children' | 'text'> = {}) {
  const { size, bold, italics, ...options } = style;
  return new Paragraph({ ...options, children: [run(text, { size, bold, italics })] });
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noCellBorders = { top: none, bottom: none, left: none, right: none };

/** A table of columns without borders, as the header and signature blocks are laid out. */
function layoutTable(columns: { width: number; children: Paragraph[] }[]) {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: columns.map(
          (column) => new TableCell({ width: { size: column.width, type: WidthType.DXA }, borders: noCellBorders, children: column.children }),
        ),
      }),
    ],
  });
}

/** "Sơn Hà, ngày 05 tháng 02 năm 2026": days below 10 and months 1–2 take a leading zero. */
export function dateLineVi(place: string, date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const day = part('day');
  const month = part('month');
  const dd = day < 10 ? `0${day}` : String(day);
  const mmText = month < 3 ? `0${month}` : String(month);
  return nfc(`${place}, ngày ${dd} tháng ${mmText} năm ${part('year')}`);
}

/** "Khối dân vận Phường 1" → "KDVP1": the issuer part of the document symbol. */
export function issuerAbbreviation(issuer: string): string {
  return nfc(issuer)
    .split(/[\s,–-]+/)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0)))
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLocaleUpperCase('vi');
}

/** The subject under "BÁO CÁO": the round's title without its leading "Báo cáo", with the next period's directions. */
export function reportSubject(round: ReportView['round']): string {
  const title = nfc(round.title).replace(/^báo cáo\s+/i, '');
  const subject = title.charAt(0).toLocaleUpperCase('vi') + title.slice(1);
  if (/phương hướng/i.test(subject)) return subject;
  const romans = ['I', 'II', 'III', 'IV'];
  const next =
    round.template === 'monthly' ? (round.periodIndex >= 12 ? `tháng 01 năm ${round.year + 1}` : `tháng ${round.periodIndex + 1} năm ${round.year}`)
    : round.template === 'quarterly' ? (round.periodIndex >= 4 ? `quý I năm ${round.year + 1}` : `quý ${romans[round.periodIndex]} năm ${round.year}`)
    : round.template === 'six_month' ? `6 tháng cuối năm ${round.year}`
    : round.template === 'nine_month' ? `quý IV năm ${round.year}`
    : `năm ${round.year + 1}`;
  return `${subject}, phương hướng, nhiệm vụ ${next}`;
}

const dash = '—';
const number = (value: number | null | undefined) => (value == null ? dash : formatNumberVi(value));
const signed = (value: number | null) => (value == null ? dash : value > 0 ? `+${formatNumberVi(value)}` : formatNumberVi(value));

/** "7/8" for a coverage indicator, "1.234" otherwise, "—" when missing (never 0). */
export function figureText(row: ReportIndicatorRow, figure: Figure): string {
  if (figure.value == null) return dash;
  if (row.indicator.aggregation === 'coverage') return `${formatNumberVi(figure.value)}/${number(figure.denominator)}`;
  return formatNumberVi(figure.value);
}

const tableWidths = [520, 3180, 1100, 1100, 1100, 1050, 1022];
const tableHeader = ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kỳ này', 'Cùng kỳ năm trước', 'Tăng/giảm', 'Tỷ lệ %'];

function indicatorTable(rows: ReportIndicatorRow[]): Table {
  const cell = (text: string, index: number, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
    new TableCell({
      width: { size: tableWidths[index], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [paragraph(text, { size: 12, bold: options.bold, alignment: options.align ?? AlignmentType.CENTER })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: tableWidths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: tableHeader.map((text, i) => cell(text, i, { bold: true })) }),
      ...rows.map((row, i) => {
        const { total, difference, percentChange } = row;
        return new TableRow({
          cantSplit: true,
          children: [
            cell(String(i + 1), 0),
            cell(row.indicator.nameVi, 1, { align: AlignmentType.LEFT }),
            cell(row.indicator.unitVi, 2),
            cell(figureText(row, total), 3, { align: AlignmentType.RIGHT }),
            cell(figureText(row, row.lastYear), 4, { align: AlignmentType.RIGHT }),
            cell(signed(difference), 5, { align: AlignmentType.RIGHT }),
            cell(signed(percentChange), 6, { align: AlignmentType.RIGHT }),
          ],
        });
      }),
    ],
  });
}

const bodyParagraph = (lines: string[]) =>
  new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: mm(10) },
    spacing: { after: 120, line: 288 },
    children: lines.map((line, i) => new TextRun({ text: nfc(line), font: FONT, size: BODY_SIZE, break: i > 0 ? 1 : undefined })),
  });

/** Narrative text as paragraphs: blank lines separate paragraphs, single line breaks stay line breaks. */
function narrativeParagraphs(text: string | undefined): Paragraph[] {
  const paragraphs = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  // An empty section keeps an empty paragraph under its heading, for the drafter to type into.
  return paragraphs.length ? paragraphs.map((p) => bodyParagraph(p.split('\n'))) : [bodyParagraph([''])];
}

const heading = (text: string) =>
  paragraph(text, { bold: true, indent: { firstLine: mm(10) }, spacing: { before: 120, after: 120 }, keepNext: true });

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function sectionTables(view: ReportView, sections: string[]): (Paragraph | Table)[] {
  return sections.flatMap((section, i) => {
    const rows = view.rows.filter((row) => row.indicator.section === section);
    return [
      paragraph(`${i + 1}. ${sectionNames[section]?.vi ?? section}`, { bold: true, italics: true, indent: { firstLine: mm(10) }, spacing: { before: 120, after: 80 }, keepNext: true }),
      indicatorTable(rows),
    ];
  });
}

/** The authority lines above the signature: "T/M KHỐI DÂN VẬN PHƯỜNG 1 / TRƯỞNG KHỐI", "TRƯỞNG BAN", "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN". */
function signatureAuthority(options: DocxOptions): string[] {
  const title = options.signerTitle ? [upper(options.signerTitle)] : [];
  switch (options.signing ?? 'collective') {
    case 'collective':
      return [`T/M ${upper(options.issuer)}`, ...title];
    case 'direct':
      return title;
    case 'deputy':
      return [`K/T ${upper(options.headTitle ?? '')}`.trim(), ...title];
  }
}

/**
 * The report as a Word document in the Party's format (Hướng dẫn 36-HD/VPTW), rendered from the
 * same view as the screen and the Excel workbook.
 */
export async function renderReportDocx(view: ReportView, options: DocxOptions): Promise<Buffer> {
  const leftWidth = 4082;
  const rightWidth = TEXT_WIDTH - leftWidth;
  const symbol = `Số ${options.number ? nfc(options.number) : '      '}-BC/${issuerAbbreviation(options.issuer)}`;
  // The rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is as long as the words (about 4,130 twips in Times New Roman bold 15 pt):
  // the paragraph is narrowed to a little more than that inside the cell's default 108-twip margins.
  const partyRuleIndent = Math.max(0, Math.round((rightWidth - 2 * 108 - 4400) / 2));
  const header = layoutTable([
    {
      width: leftWidth,
      children: [
        ...(options.issuerUpper ? [paragraph(upper(options.issuerUpper), { alignment: AlignmentType.CENTER })] : []),
        paragraph(upper(options.issuer), { bold: true, alignment: AlignmentType.CENTER }),
        paragraph('*', { alignment: AlignmentType.CENTER }),
        paragraph(symbol, { alignment: AlignmentType.CENTER }),
      ],
    },
    {
      width: rightWidth,
      children: [
        paragraph('ĐẢNG CỘNG SẢN VIỆT NAM', {
          size: 15, bold: true, alignment: AlignmentType.CENTER,
          indent: { left: partyRuleIndent, right: partyRuleIndent },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        }),
        paragraph('', { spacing: { after: 120 } }),
        paragraph(dateLineVi(options.place, options.date), { italics: true, alignment: AlignmentType.CENTER }),
      ],
    },
  ]);

  const sectionsInOrder = [...new Set(view.rows.map((row) => row.indicator.section))];
  const contextSections = sectionsInOrder.filter((s) => s === 'context');
  const resultSections = sectionsInOrder.filter((s) => s !== 'context');
  const shortRule = Math.round((TEXT_WIDTH - 1400) / 2);

  const body: (Paragraph | Table)[] = [];
  narrativeSections.forEach((section: NarrativeSection, i) => {
    body.push(heading(`${romans[i]}. ${narrativeSectionNames[section].vi}`));
    body.push(...narrativeParagraphs(view.narrative[section]));
    if (section === 'situation') body.push(...sectionTables(view, contextSections));
    if (section === 'results') {
      body.push(...sectionTables(view, resultSections));
      // Which reports the consolidated figures hold, so that a fall against last year is read rightly.
      const coverage = coverageSentence(view);
      if (coverage) body.push(paragraph(coverage, { size: 12, italics: true, spacing: { before: 80 } }));
    }
  });

  const recipients = (options.recipients?.length ? options.recipients : ['Lưu VP.']).map((r) => paragraph(`- ${r}`, { size: 11 }));
  const signature = layoutTable([
    { width: leftWidth, children: [paragraph('Nơi nhận:', { size: 12, bold: true, italics: true }), ...recipients] },
    {
      width: rightWidth,
      children: [
        ...signatureAuthority(options).map((line) => paragraph(line, { bold: true, alignment: AlignmentType.CENTER })),
        ...Array.from({ length: 4 }, () => paragraph('', { alignment: AlignmentType.CENTER })),
        paragraph(options.signerName ?? '', { bold: true, alignment: AlignmentType.CENTER }),
      ],
    },
  ]);

  const document = new Document({
    creator: 'danvan',
    title: nfc(view.round.title),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children: [
          // A report still being written goes round as a draft until its unit submits it.
          ...(view.status === 'draft' || view.status === 'returned'
            ? [paragraph('DỰ THẢO', { bold: true, alignment: AlignmentType.RIGHT, spacing: { after: 120 } })]
            : []),
          header,
          paragraph('BÁO CÁO', { size: 16, bold: true, alignment: AlignmentType.CENTER, spacing: { before: 360 } }),
          paragraph(reportSubject(view.round), { bold: true, alignment: AlignmentType.CENTER }),
          new Paragraph({
            indent: { left: shortRule, right: shortRule },
            spacing: { after: 240 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
            children: [run('', { size: 6 })],
          }),
          ...body,
          paragraph('', { spacing: { after: 120 } }),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
