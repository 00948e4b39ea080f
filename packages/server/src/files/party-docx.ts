import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';

// The frame every Party document shares (Hướng dẫn 36-HD/VPTW): A4, Times New Roman, margins
// 25/25/35/15 mm (top/bottom/left/right), the issuing body's header beside "ĐẢNG CỘNG SẢN VIỆT NAM",
// the kind of document and its subject, the body, "Nơi nhận" beside the signature, page numbers
// from page 2. Reports, invitations, minutes, notices and lists of recipients are written in it.

export const FONT = 'Times New Roman';
export const mm = (value: number) => Math.round((value * 1440) / 25.4);
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(25), bottom: mm(25), left: mm(35), right: mm(15) },
} as const;
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Annexes are landscape, their margins 20 mm all round. */
export const ANNEX_PAGE = {
  width: PAGE.height,
  height: PAGE.width,
  margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) },
} as const;
export const BODY_SIZE = 28; // half-points: 14 pt
/** The header's and the signature's left column. */
const LEFT_WIDTH = 4082;
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;

export const nfc = (text: string) =>
  // Characters XML 1.0 forbids would make Word refuse the whole file.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
export const upper = (text: string) => nfc(text).toLocaleUpperCase('vi');

export interface RunStyle {
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

/** A justified body paragraph with its first line indented 10 mm. */
export const bodyParagraph = (text: string, keepNext = false) =>
  new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: mm(10) },
    spacing: { after: 120, line: 288 },
    keepNext,
    children: [new TextRun({ text: nfc(text), font: FONT, size: BODY_SIZE })],
  });

/** A bold line of the body ("I. KẾT QUẢ …", "1. …"), kept with what follows. */
export const bodyHeading = (text: string) =>
  paragraph(text, { bold: true, indent: { firstLine: mm(10) }, spacing: { before: 120, after: 100 }, keepNext: true });

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

/** Who issues a document: the superior body over the issuing body's short name, as the header prints them. */
export interface PartyIssuer {
  /** "Thành ủy Sơn Hà"; empty for a body at the top. */
  superior: string;
  /** "Ban Dân vận". */
  shortName: string;
}

/**
 * The header: the superior body over the issuing body's short name, a star and the number/symbol on
 * the left ("Số 15-BC/BDVTU"); "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule and the place and date on the right.
 */
export function partyHeader(issuer: PartyIssuer, symbol: string, place: string, date: Date): Table {
  // The rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is as long as the words (about 4,130 twips in Times New Roman bold 15 pt).
  const partyRuleIndent = Math.max(0, Math.round((RIGHT_WIDTH - 2 * 108 - 4400) / 2));
  return layoutTable([
    {
      width: LEFT_WIDTH,
      children: [
        ...(issuer.superior ? [paragraph(upper(issuer.superior), { alignment: AlignmentType.CENTER })] : []),
        paragraph(upper(issuer.shortName), { bold: true, alignment: AlignmentType.CENTER }),
        paragraph('*', { alignment: AlignmentType.CENTER }),
        paragraph(nfc(symbol), { alignment: AlignmentType.CENTER }),
      ],
    },
    {
      width: RIGHT_WIDTH,
      children: [
        paragraph('ĐẢNG CỘNG SẢN VIỆT NAM', {
          size: 15,
          bold: true,
          alignment: AlignmentType.CENTER,
          indent: { left: partyRuleIndent, right: partyRuleIndent },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        }),
        paragraph('', { spacing: { after: 120 } }),
        paragraph(dateLineVi(place, date), { italics: true, alignment: AlignmentType.CENTER }),
      ],
    },
  ]);
}

/** The kind of document ("BÁO CÁO", "GIẤY MỜI") over its subject, and the short rule under them. */
export function documentTitle(kind: string, subject: string[]): Paragraph[] {
  const shortRule = Math.round((TEXT_WIDTH - 1400) / 2);
  return [
    paragraph(upper(kind), { size: 16, bold: true, alignment: AlignmentType.CENTER, spacing: { before: 360 } }),
    ...subject.map((line) => paragraph(line, { bold: true, alignment: AlignmentType.CENTER })),
    new Paragraph({
      indent: { left: shortRule, right: shortRule },
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [run('', { size: 6 })],
    }),
  ];
}

/**
 * The lines of "Nơi nhận" as the Party's documents write them: each begins with "- " and ends with a comma, the last
 * (usually "Lưu …") with a full stop, whatever punctuation was typed.
 */
export function recipientLines(recipients: string[]): string[] {
  const names = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[,.;]+$/, ''),
    )
    .filter((r) => r !== '');
  return names.map((name, i) => `- ${name}${i === names.length - 1 ? '.' : ','}`);
}

/** "Nơi nhận" on the left; the authority lines ("T/M BAN THƯỜNG VỤ", "TRƯỞNG BAN"), room to sign and the signer's name on the right. */
export function signatureBlock(recipients: string[], authority: string[], signerName: string | null): Table {
  return layoutTable([
    {
      width: LEFT_WIDTH,
      children: [
        paragraph('Nơi nhận:', { size: 14, underline: true }),
        ...recipientLines(recipients).map((line) => paragraph(line, { size: 12 })),
      ],
    },
    {
      width: RIGHT_WIDTH,
      children: [
        ...authority.map((line) => paragraph(upper(line), { bold: true, alignment: AlignmentType.CENTER })),
        ...Array.from({ length: 4 }, () => paragraph('', { alignment: AlignmentType.CENTER })),
        paragraph(signerName ?? '', { bold: true, alignment: AlignmentType.CENTER }),
      ],
    },
  ]);
}

/** Page numbers from the second page, centred at the top. */
export const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: BODY_SIZE, children: [PageNumber.CURRENT] })],
      }),
    ],
  });

/** A Party document of one portrait section (its first page unnumbered), followed by any further sections (annexes). */
export function partyDocument(title: string, children: (Paragraph | Table)[], more: ISectionOptions[] = []) {
  const document = new Document({
    creator: 'danvan',
    title: nfc(title),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
      ...more,
    ],
  });
  return Packer.toBuffer(document);
}
