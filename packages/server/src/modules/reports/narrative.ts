import {
  reportOutlines,
  sectionNames,
  type NarrativeSection,
  type ReportIndicatorRow,
  type ReportView,
} from '@danvan/shared';
import { changeOf, continues, figuresOf, phraseOf, saysNothing, type Basis } from './narrative-clauses.js';

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

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const hasUnitsBelow = (view: ReportView) => view.included.expected > 1;

interface Composer {
  view: ReportView;
  /** The units that report below, for coverage ("8/8 phường"). */
  unitsWord: string;
  /** Breakdowns by the indicator they break down. */
  partsOf: Map<string, ReportIndicatorRow[]>;
  /** The weights and denominators of others that have no phrase of their own ("kế hoạch vận động Quỹ"): said through the rate. */
  unstated: Set<string>;
}

/** What a figure is made of: "2 chương trình, 14 kế hoạch" by type, "3 văn bản về công tác tôn giáo" by topic. */
function breakdownOf(c: Composer, row: ReportIndicatorRow, basis: Basis, kind: 'part' | 'topic'): string[] {
  return (c.partsOf.get(row.indicator.code) ?? [])
    .filter((part) => part.indicator.partKind === kind && (figuresOf(part, basis).now.value ?? 0) > 0)
    .map((part) => phraseOf(part, figuresOf(part, basis).now, c.unitsWord))
    .filter((phrase): phrase is string => phrase !== null);
}

/** A change is stated for the key figures and the rates; the rest are read from the table. */
const worthComparing = (row: ReportIndicatorRow) =>
  row.indicator.isKey || row.indicator.aggregation === 'ratio' || row.indicator.aggregation === 'coverage';

/**
 * The clauses of a list of indicators in catalogue order: each figure through its phrase with its
 * breakdown and its change; a phrase that continues the one before joins it with a comma, a new
 * item starts after a semicolon. Empty when nothing is worth saying.
 */
function statement(c: Composer, rows: ReportIndicatorRow[], basis: Basis, options: { changes: boolean }): string {
  const items: string[] = [];
  for (const row of rows) {
    if (row.indicator.partOf && c.partsOf.has(row.indicator.partOf)) continue;
    if (saysNothing(row, basis) || c.unstated.has(row.indicator.code)) continue;
    const phrase = phraseOf(row, figuresOf(row, basis).now, c.unitsWord);
    if (!phrase) continue;
    const byType = breakdownOf(c, row, basis, 'part');
    const change = options.changes && worthComparing(row) ? changeOf(c.view, row, basis) : '';
    const text = [`${phrase}${byType.length ? ` (gồm ${byType.join(', ')})` : ''}`, change].filter(Boolean).join(', ');
    if (items.length && continues(row)) items[items.length - 1] += `, ${text}`;
    else items.push(text);
    const byTopic = breakdownOf(c, row, basis, 'topic');
    if (byTopic.length) items.push(`trong đó có ${byTopic.join(', ')}`);
  }
  return items.join('; ');
}

/**
 * Drafts the "situation" and "results" sections from the figures in plain Vietnamese, for people
 * to edit. The body's own work has its part with the body as subject ("Ban Dân vận Thành ủy đã
 * tham mưu ban hành …"); the area's figures follow by section ("Trên địa bàn thành phố, …"), each
 * figure through its catalogue phrase, with its breakdown and its like-for-like change.
 */
export function generateNarrative(view: ReportView): Partial<Record<NarrativeSection, string>> {
  const partsOf = new Map<string, ReportIndicatorRow[]>();
  for (const row of view.rows) {
    if (row.indicator.partOf) partsOf.set(row.indicator.partOf, [...(partsOf.get(row.indicator.partOf) ?? []), row]);
  }
  const bases = new Set(
    view.rows.flatMap((row) => [row.indicator.weightCode, row.indicator.numeratorCode, row.indicator.denominatorCode]),
  );
  const unstated = new Set(
    view.rows
      .filter((row) => !row.indicator.phraseVi && bases.has(row.indicator.code))
      .map((row) => row.indicator.code),
  );
  const c: Composer = { view, unitsWord: view.body.childrenWord, partsOf, unstated };
  const period = periodPhrase(view.round);
  // "thành phố", "phường"; a unit whose name has no administrative word is named.
  const area = view.body.areaWord === 'địa bàn' ? view.unit.name : view.body.areaWord;
  const bodyRows = view.rows.filter((row) => row.indicator.basis === 'body');
  const areaRows = view.rows.filter((row) => row.indicator.basis === 'area');

  const particulars = statement(
    c,
    areaRows.filter((row) => row.indicator.section === 'context'),
    'area',
    { changes: false },
  );
  const situation = [
    `${period}, cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể ${area} tiếp tục quan tâm lãnh đạo, chỉ đạo và tổ chức thực hiện công tác dân vận.`,
    // "Toàn phường có 5.539 hộ, …": the particulars may open with a figure that has no verb of its own.
    particulars ? `Toàn ${area} ${/^có\s/u.test(particulars) ? '' : 'có '}${particulars}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  // A combined review gives grassroots democracy and the Front their own sections; the rest are results.
  const sectionOf = reportOutlines[view.round.outline]?.sectionOf ?? {};
  const headed: { heading: string; text: string; into: NarrativeSection }[] = [];
  const own = statement(c, bodyRows, 'own', { changes: true });
  if (own)
    headed.push({
      heading: `Hoạt động của ${view.body.name}`,
      text: `${period}, ${view.body.subject} đã ${own}.`,
      into: 'results',
    });
  const sections = [...new Set(areaRows.map((row) => row.indicator.section))].filter(
    (section) => section !== 'context',
  );
  for (const section of [...new Set([...bodyRows.map((row) => row.indicator.section), ...sections])]) {
    const sentences: string[] = [];
    // The body's own figures again over the whole area, its own and the approved reports below.
    const sectionBodyRows = bodyRows.filter((row) => row.indicator.section === section);
    // The area's total is worth its sentence once reports below add to the body's own figures.
    const addsToOwn = sectionBodyRows.some((row) => row.total.value !== row.own.value);
    const whole = hasUnitsBelow(view) && addsToOwn ? statement(c, sectionBodyRows, 'area', { changes: true }) : '';
    if (whole) sentences.push(`Toàn ${area} đã ${whole}.`);
    const across = statement(
      c,
      areaRows.filter((row) => row.indicator.section === section),
      'area',
      { changes: true },
    );
    if (across) sentences.push(`Trên địa bàn ${area}, ${across}.`);
    // What the registers say beyond counts closes the paragraph it belongs to.
    sentences.push(...view.highlights.filter((fact) => fact.section === section).map((fact) => fact.vi));
    if (sentences.length)
      headed.push({
        heading: sectionNames[section]?.vi ?? upperFirst(section),
        text: sentences.join(' '),
        into: sectionOf[section] ?? 'results',
      });
  }
  // How the comparison was made and which reports the totals hold go under the figures table (report-table.ts), not into the prose.
  const draft: Partial<Record<NarrativeSection, string>> = {
    situation,
    results: `${period}, chưa có số liệu để tổng hợp.`,
  };
  for (const into of new Set(headed.map((part) => part.into))) {
    const parts = headed.filter((part) => part.into === into);
    draft[into] =
      parts.length === 1 && into !== 'results'
        ? upperFirst(parts[0].text)
        : parts.map((part, index) => `${index + 1}. ${part.heading}\n${upperFirst(part.text)}`).join('\n\n');
  }
  return draft;
}
