import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator } from '@danvan/shared';
import {
  comparedOverFewer,
  comparisonNote,
  hasUnitsBelow,
  issueText,
  issuesByCode,
  issuesFromFields,
  leadingFigure,
  mergeIssues,
  sectionsWithIssues,
  type FigureIssue,
} from './figureLayout';

const indicator = (code: string, extra: Partial<Indicator> = {}): Indicator =>
  indicatorSchema.parse({
    code,
    nameVi: code,
    nameEn: code,
    unitVi: 'cuộc',
    section: 'government',
    aggregation: 'sum',
    weightCode: null,
    numeratorCode: null,
    denominatorCode: null,
    computedKey: null,
    ...extra,
  });
const figure = (value: number | null, denominator: number | null = null) => ({ value, denominator });
const issue = (code: string, severity: FigureIssue['severity'], vi: string): FigureIssue => ({
  code,
  severity,
  vi,
  en: vi,
});

describe('figure layout', () => {
  it('shows the own figure beside the total only with units below', () => {
    expect(hasUnitsBelow({ included: { approved: 0, expected: 1 } })).toBe(false);
    expect(hasUnitsBelow({ included: { approved: 3, expected: 9 } })).toBe(true);
  });

  it('leads with the body’s own work, or the area’s total for area indicators', () => {
    expect(leadingFigure({ indicator: indicator('KT', { basis: 'body' }) }, true)).toBe('own');
    expect(leadingFigure({ indicator: indicator('HV', { basis: 'area' }) }, true)).toBe('total');
    expect(leadingFigure({ indicator: indicator('HV', { basis: 'area' }) }, false)).toBe('own');
  });

  it('reads a refused submission’s fields as errors of their indicators', () => {
    const fields = [
      { path: 'values.DT_CUOC', vi: 'Cuộc đối thoại: không được nhỏ hơn 0', en: 'Dialogues: cannot be below 0' },
      { path: 'body.values.KT_GS', vi: 'Kiểm tra: phải là số nguyên', en: 'Inspections: must be whole' },
      { path: 'body.confirmStaleNarrative', vi: 'Xác nhận', en: 'Confirm' },
    ];
    expect(issuesFromFields(fields)).toEqual([
      {
        code: 'DT_CUOC',
        severity: 'error',
        vi: 'Cuộc đối thoại: không được nhỏ hơn 0',
        en: 'Dialogues: cannot be below 0',
      },
      { code: 'KT_GS', severity: 'error', vi: 'Kiểm tra: phải là số nguyên', en: 'Inspections: must be whole' },
    ]);
  });

  it('merges the view’s checks with a refusal’s, each message once, errors first', () => {
    const merged = mergeIssues(
      [issue('A', 'warning', 'A tăng'), issue('B', 'error', 'B âm')],
      [issue('B', 'error', 'B âm'), issue('C', 'error', 'C lẻ')],
    );
    expect(merged.map((i) => `${i.code}:${i.severity}`)).toEqual(['B:error', 'C:error', 'A:warning']);
    expect(issuesByCode(merged).get('B')).toHaveLength(1);
  });

  it('opens the sections holding an error, and for a reader those with a warning', () => {
    const rows = [
      { indicator: indicator('A', { section: 'leadership' }) },
      { indicator: indicator('B', { section: 'government' }) },
      { indicator: indicator('C', { section: 'front' }) },
    ];
    const issues = [issue('A', 'warning', 'x'), issue('B', 'error', 'y')];
    expect(sectionsWithIssues(rows, issues, { warnings: false })).toEqual(['government']);
    expect(sectionsWithIssues(rows, issues, { warnings: true })).toEqual(['leadership', 'government']);
  });

  it('notes a comparison over part of the area only', () => {
    expect(comparisonNote({ units: 8, of: 8, missing: [] })).toBeNull();
    expect(comparisonNote({ units: 4, of: 8, missing: ['Phường 3', 'Phường 7'] })).toEqual({
      units: 4,
      of: 8,
      missing: 'Phường 3, Phường 7',
    });
  });

  it('tells when the change is over fewer units than the total', () => {
    expect(comparedOverFewer({ total: figure(12), comparable: { current: figure(12), lastYear: figure(10) } })).toBe(
      false,
    );
    expect(comparedOverFewer({ total: figure(12), comparable: { current: figure(9), lastYear: figure(10) } })).toBe(
      true,
    );
    expect(
      comparedOverFewer({ total: figure(8, 9), comparable: { current: figure(8, 8), lastYear: figure(8, 8) } }),
    ).toBe(true);
    expect(
      comparedOverFewer({ total: figure(12), comparable: { current: figure(null), lastYear: figure(null) } }),
    ).toBe(false);
  });

  it('drops the indicator’s name from a message shown beside its figure', () => {
    expect(issueText('Cuộc đối thoại: không được nhỏ hơn 0', 'Cuộc đối thoại')).toBe('không được nhỏ hơn 0');
    expect(issueText('Số liệu lạ', 'Cuộc đối thoại')).toBe('Số liệu lạ');
  });
});
