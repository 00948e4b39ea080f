import { outlineSections, type ReportExportSettings, type ReportView } from '@danvan/shared';
import { AlignmentType, PageOrientation, type Paragraph, type Table } from 'docx';
import {
  ANNEX_PAGE,
  bodyParagraph,
  documentTitle,
  mm,
  nfc,
  pageNumberHeader,
  paragraph,
  partyDocument,
  partyHeader,
  signatureBlock,
  upper,
} from '../../files/party-docx.js';
import { annexTable, keyFiguresTable, reportSubject } from './report-docx-parts.js';
import { reportTableLines, tableNotes } from './report-table.js';

/** What a Party document needs beyond the report view: the place of its date line and the day it is issued. */
export interface DocxOptions {
  /** "Sơn Hà" in "Sơn Hà, ngày …". */
  place: string;
  date: Date;
  settings: ReportExportSettings;
}

/** A report still being written goes round as a draft: marked DỰ THẢO, its empty sections kept for the drafter. */
export const isFinal = (view: Pick<ReportView, 'status'>) => view.status === 'submitted' || view.status === 'approved';

const subheading = (text: string) =>
  paragraph(text, { bold: true, indent: { firstLine: mm(10) }, spacing: { before: 120, after: 80 }, keepNext: true });

/**
 * Narrative text as paragraphs: every line typed is a paragraph of its own (a justified line is
 * never stretched by a line break inside it), "1. …" lines are subheadings.
 */
function narrativeParagraphs(text: string, keepLastWithNext: boolean): Paragraph[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map((line, i) =>
    /^\d+(\.\d+)*\.\s+\S/.test(line) && line.length < 160 && !/[.;:]$/.test(line)
      ? subheading(line)
      : bodyParagraph(line, keepLastWithNext && i === lines.length - 1),
  );
}

const heading = (text: string) =>
  paragraph(text, { bold: true, indent: { firstLine: mm(10) }, spacing: { before: 120, after: 120 }, keepNext: true });

const note = (text: string) =>
  paragraph(text, { size: 12, italics: true, spacing: { before: 60 }, alignment: AlignmentType.BOTH });

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** The authority lines above the signature: "TRƯỞNG BAN", "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ / BÍ THƯ". */
export function signatureAuthority(view: ReportView, settings: ReportExportSettings): string[] {
  const title = settings.signerTitle ? [upper(settings.signerTitle)] : [];
  switch (settings.signing) {
    case 'collective':
      return [`T/M ${upper(settings.collectiveName ?? view.body.shortName)}`, ...title];
    case 'direct':
      return title;
    case 'deputy':
      return [`K/T ${upper(settings.headTitle ?? '')}`.trim(), ...title];
  }
}

/**
 * The report as a Word document in the Party's format (Hướng dẫn 36-HD/VPTW), rendered from the
 * same view and table model as the screen and the Excel workbook: the header of the issuing body
 * under its superior, the narrative, the key figures, the signature and "Nơi nhận", then the annex
 * with every figure on landscape pages.
 */
export async function renderReportDocx(view: ReportView, options: DocxOptions): Promise<Buffer> {
  const { settings } = options;
  const symbol = `Số ${settings.number ? nfc(settings.number) : '      '}-BC/${view.body.abbreviation}`;
  const header = partyHeader(view.body, symbol, options.place, options.date);

  const final = isFinal(view);
  const keyLines = reportTableLines(view, { keyOnly: true });
  const allLines = reportTableLines(view, { keyOnly: false });
  const body: (Paragraph | Table)[] = [];
  let numbered = 0;
  // A final document leaves out what nobody wrote; a draft keeps an empty line for the drafter.
  const shown = outlineSections(view.round.outline).filter(
    ({ key }) => !final || (view.narrative[key] ?? '').trim() !== '' || (key === 'results' && keyLines.length > 0),
  );
  for (const { key: section, vi: name } of shown) {
    // The last lines of the text go over the page with the signature rather than leave it alone on a page.
    const last = section === shown.at(-1)?.key;
    const paragraphs = narrativeParagraphs(view.narrative[section] ?? '', last);
    const tables = section === 'results' && keyLines.length > 0;
    body.push(heading(`${romans[numbered++]}. ${name}`));
    body.push(...(paragraphs.length ? paragraphs : [bodyParagraph('', last)]));
    if (tables) {
      body.push(subheading('Một số chỉ tiêu chủ yếu'), keyFiguresTable(view, keyLines));
      body.push(...tableNotes(view, keyLines).map(note));
      if (allLines.length > keyLines.length) body.push(note('Số liệu đầy đủ tại Phụ lục kèm theo.'));
    }
  }

  const signature = signatureBlock(
    settings.recipients,
    signatureAuthority(view, settings),
    settings.signerName ?? null,
  );

  const annex = allLines.length
    ? [
        {
          properties: {
            page: {
              size: { width: ANNEX_PAGE.height, height: ANNEX_PAGE.width, orientation: PageOrientation.LANDSCAPE },
              margin: ANNEX_PAGE.margin,
            },
          },
          headers: { default: pageNumberHeader() },
          children: [
            paragraph('PHỤ LỤC', { size: 14, bold: true, alignment: AlignmentType.CENTER }),
            paragraph(upper(nfc(view.round.title).replace(/^báo cáo\s+/iu, 'Số liệu ')), {
              bold: true,
              alignment: AlignmentType.CENTER,
            }),
            paragraph(
              `(Kèm theo Báo cáo số ${settings.number ?? '      '}-BC/${view.body.abbreviation} của ${view.body.name})`,
              { italics: true, alignment: AlignmentType.CENTER, spacing: { after: 160 } },
            ),
            annexTable(view, allLines),
            ...tableNotes(view, allLines).map(note),
          ],
        },
      ]
    : [];

  return partyDocument(
    view.round.title,
    [
      ...(final ? [] : [paragraph('DỰ THẢO', { bold: true, alignment: AlignmentType.RIGHT, spacing: { after: 120 } })]),
      // A draft read at a meeting must not state figures its text was not drafted from.
      ...(!final && view.narrativeStale
        ? [
            paragraph(
              'Lưu ý: số liệu đã thay đổi sau khi soạn phần nhận định; cần soạn lại phần nhận định trước khi nộp.',
              { size: 12, italics: true, bold: true, alignment: AlignmentType.RIGHT, spacing: { after: 120 } },
            ),
          ]
        : []),
      header,
      ...documentTitle('Báo cáo', [reportSubject(view.round)]),
      ...body,
      paragraph('', { spacing: { after: 120 }, keepNext: true }),
      signature,
    ],
    annex,
  );
}
