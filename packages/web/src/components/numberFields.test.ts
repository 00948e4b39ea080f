import { describe, expect, it } from 'vitest';

// Every source file of the web app, as text: the numeric fields are found where they are written, so a new one
// cannot slip past the Vietnamese reading (a field of its own read `1.250` as 1,25 and `1.200` as 1 before).
const sources = import.meta.glob<string>('../**/*.tsx', { query: '?raw', import: 'default', eager: true });

/** Each `<NumberInputVi` of a file with the form field it sits in (its `name`), or its own label. */
function numericFields(path: string, text: string): string[] {
  return [...text.matchAll(/<NumberInputVi\b/g)].map((match) => {
    const before = text.slice(0, match.index);
    const item = before.lastIndexOf('<Form.Item');
    const closed = before.lastIndexOf('</Form.Item>');
    const opening = item > closed ? before.slice(item) : '';
    const named = /name=(?:"([^"]*)"|\{([^}]*)\})/.exec(opening);
    const labelled = /aria-label=\{([^\n]*)\}\n/.exec(text.slice(match.index, match.index + 300));
    const name =
      named?.[1] ?? named?.[2] ?? /const (\w+) =\s*$/.exec(before)?.[1] ?? labelled?.[1] ?? 'no name (add one)';
    return `${path.replace(/^\.\.\//, '')}: ${name}`;
  });
}

describe('numeric fields', () => {
  it('of a year or a number that names something show no thousands dots (not "Năm 2.026")', () => {
    const fields = Object.entries(sources).flatMap(([path, text]) => numericFields(path, text));
    const named = fields.filter((field) => /: (year|birthYear)$|IssueButton.tsx: number$/.test(field));
    expect(named).toHaveLength(4);
    for (const [path, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/name="(year|birthYear|number)"[^]*?<NumberInputVi\b[^>]*>/g)) {
        if (path.includes('IndicatorCheckFields')) continue;
        expect(match[0], path).toMatch(/plain: true[^]*<NumberInputVi integer plain\b/);
      }
    }
  });

  it('are all the Vietnamese number input: no other number field in the app', () => {
    const others = Object.entries(sources)
      .filter(([, text]) => /\bInputNumber\b|type="number"/.test(text))
      .map(([path]) => path);
    expect(others).toEqual([]);
  });

  it('are the ones listed here, each checked by the number rules of its form', () => {
    const fields = Object.entries(sources).flatMap(([path, text]) => numericFields(path, text));
    expect(fields).toMatchInlineSnapshot(`
      [
        "features/catalogue/IndicatorCheckFields.tsx: number",
        "features/commendations/NominationCard.tsx: field",
        "features/commendations/PersonFormModal.tsx: birthYear",
        "features/commendations/QuotaFields.tsx: [row.name, 'quota']",
        "features/conferences/AttendanceEditor.tsx: row.key",
        "features/conferences/BridgePoints.tsx: key",
        "features/conferences/IssueButton.tsx: number",
        "features/democracy/AssessmentPage.tsx: ['entries', String(item.id), 'quantity']",
        "features/democracy/AssessmentPage.tsx: ['entries', String(item.id), 'meetings']",
        "features/members/MemberCountFormModal.tsx: countInput",
        "features/members/MemberCountFormModal.tsx: year",
        "features/models/EvaluateModelModal.tsx: score",
        "features/models/ModelFormModal.tsx: [field.name, 'value']",
        "features/reports/OpenRoundModal.tsx: periodIndex",
        "features/reports/OpenRoundModal.tsx: year",
        "features/reports/OwnFigureInput.tsx: indicator.aggregation === 'coverage' ? \`\${name} — \${t('report.coverageCount')}\` : name",
        "features/reports/OwnFigureInput.tsx: \`\${name} — \${t('report.coverageTotal')}\`",
        "features/tasks/TaskActions.tsx: percent",
      ]
    `);
    for (const [path, text] of Object.entries(sources)) {
      if (!/<NumberInputVi\b/.test(text) || path.includes('/reports/OwnFigureInput')) continue;
      // Text that is no number reaches the form as NaN: the rules refuse it with a message (the report's figures:
      // the draft's own checks in useReportDraft, which keep such a figure from being saved).
      expect(text, path).toMatch(/numberViRules\(/);
    }
  });
});
