import { formatNumberVi, sectionNames, type NarrativeSection, type ReportIndicatorRow, type ReportView } from '@danvan/shared';

const romanQuarters = ['I', 'II', 'III', 'IV'];

/** "Trong 9 tháng đầu năm 2026", "Trong quý III năm 2026", "Trong năm 2026". */
export function periodPhrase(round: ReportView['round']): string {
  switch (round.template) {
    case 'monthly':
      return `Trong tháng ${round.periodIndex} năm ${round.year}`;
    case 'quarterly':
      return `Trong quý ${romanQuarters[round.periodIndex - 1] ?? round.periodIndex} năm ${round.year}`;
    case 'six_month':
      return `Trong 6 tháng đầu năm ${round.year}`;
    case 'nine_month':
      return `Trong 9 tháng đầu năm ${round.year}`;
    case 'annual':
      return `Trong năm ${round.year}`;
  }
}

const lowerFirst = (text: string) => (text.startsWith('"') ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1));

function amount(row: ReportIndicatorRow): string | null {
  const { total, indicator } = row;
  if (total.value == null) return null;
  if (indicator.aggregation === 'coverage' && total.denominator != null) {
    return `${formatNumberVi(total.value)}/${formatNumberVi(total.denominator)} ${indicator.unitVi}`;
  }
  if (indicator.unitVi === '%') return `${formatNumberVi(total.value)}%`;
  return `${formatNumberVi(total.value)} ${indicator.unitVi}`;
}

/** A zero that was zero or missing last year too says nothing worth a sentence. */
const nothingToSay = (row: ReportIndicatorRow) => row.total.value === 0 && (row.lastYear.value ?? 0) === 0;

/** "tăng 8 văn bản so với cùng kỳ năm 2025" — empty when last year's figure is missing. */
function comparison(row: ReportIndicatorRow, lastYear: number): string {
  if (row.difference == null) return '';
  const unit = row.indicator.unitVi === '%' ? ' điểm phần trăm' : ` ${row.indicator.unitVi}`;
  if (row.difference === 0) return `, bằng cùng kỳ năm ${lastYear}`;
  const direction = row.difference > 0 ? 'tăng' : 'giảm';
  const percent = row.percentChange != null && row.indicator.unitVi !== '%' ? ` (${formatNumberVi(Math.abs(row.percentChange))}%)` : '';
  return `, ${direction} ${formatNumberVi(Math.abs(row.difference))}${unit}${percent} so với cùng kỳ năm ${lastYear}`;
}

function documentsSentence(view: ReportView, rows: ReportIndicatorRow[], lastYear: number): string | null {
  const total = rows.find((row) => row.indicator.code === 'VB_TONG');
  if (!total || total.total.value == null) return null;
  const parts = rows
    .filter((row) => row.indicator.code.startsWith('VB_') && row.indicator.code !== 'VB_TONG' && (row.total.value ?? 0) > 0)
    .map((row) => `${formatNumberVi(row.total.value)} ${lowerFirst(row.indicator.nameVi)}`);
  const detail = parts.length ? ` (gồm ${parts.join(', ')})` : '';
  return `${view.unit.name} đã tham mưu ban hành ${formatNumberVi(total.total.value)} văn bản lãnh đạo, chỉ đạo${detail}${comparison(total, lastYear)}.`;
}

/**
 * Where the figures come from: the unit's own report and the approved reports below it (the
 * drafted figures count the unit's own as entered, approved or not). Empty for a unit with nobody
 * reporting below it.
 */
export function coverageSentence(view: ReportView): string {
  const expected = view.included.expected - 1;
  if (expected === 0) return '';
  const approved = view.included.approved - (view.status === 'approved' ? 1 : 0);
  const missing = view.children.filter((child) => child.status !== 'approved');
  return `Số liệu tổng hợp từ báo cáo của ${view.unit.name} và ${formatNumberVi(approved)}/${formatNumberVi(expected)} báo cáo của đơn vị cấp dưới đã được duyệt` +
    (missing.length ? `; chưa có báo cáo được duyệt của: ${missing.map((child) => child.unitName).join(', ')}.` : '.');
}

/**
 * Drafts the "results" and "situation" sections from the figures in plain Vietnamese, for people
 * to edit: one paragraph per area, every figure with its unit and its change against last year.
 */
export function generateNarrative(view: ReportView): Partial<Record<NarrativeSection, string>> {
  const lastYear = view.round.year - 1;
  const opening = `${periodPhrase(view.round)}, công tác dân vận trên địa bàn ${view.unit.name} tiếp tục được các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể quan tâm lãnh đạo, chỉ đạo và triển khai thực hiện.`;
  const paragraphs: string[] = [];
  // The local particulars (households, villages, poor households) open the situation; the rest are results.
  const situation = [opening];
  const sections = [...new Set(view.rows.map((row) => row.indicator.section))];
  for (const section of sections) {
    const rows = view.rows.filter((row) => row.indicator.section === section);
    const sentences: string[] = [];
    if (section === 'leadership') {
      const documents = documentsSentence(view, rows, lastYear);
      if (documents) sentences.push(documents);
    }
    const items = rows
      .filter((row) => !(section === 'leadership' && row.indicator.code.startsWith('VB_')) && !nothingToSay(row))
      .map((row) => {
        const value = amount(row);
        return value ? `${lowerFirst(row.indicator.nameVi)}: ${value}${comparison(row, lastYear)}` : null;
      })
      .filter((item): item is string => item !== null);
    if (items.length) sentences.push(`${sentences.length ? 'Ngoài ra, ' : ''}${items.join('; ')}.`.replace(/^./, (c) => c.toLocaleUpperCase('vi')));
    if (sentences.length) (section === 'context' ? situation : paragraphs).push(`${sectionNames[section]?.vi ?? section}: ${sentences.join(' ')}`);
  }
  return {
    situation: situation.join('\n\n'),
    results: [paragraphs.length ? paragraphs.join('\n\n') : `${periodPhrase(view.round)}, chưa có số liệu.`, coverageSentence(view)].filter(Boolean).join('\n\n'),
  };
}
