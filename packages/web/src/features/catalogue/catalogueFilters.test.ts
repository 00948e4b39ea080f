import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator } from '@danvan/shared';
import { filterIndicators, groupBySection } from './catalogueFilters';

const indicator = (code: string, nameVi: string, section: string, extra: Partial<Indicator> = {}): Indicator =>
  indicatorSchema.parse({
    code,
    nameVi,
    nameEn: code,
    unitVi: 'cuộc',
    section,
    aggregation: 'sum',
    weightCode: null,
    numeratorCode: null,
    denominatorCode: null,
    computedKey: null,
    ...extra,
  });

const catalogue = [
  indicator('DT_CUOC', 'Cuộc đối thoại giữa người đứng đầu với nhân dân', 'government'),
  indicator('VB_TONG', 'Văn bản lãnh đạo, chỉ đạo đã ban hành', 'leadership', { computedKey: 'documents.all' }),
  indicator('DT_TYLE_GQ', 'Tỷ lệ ý kiến được giải quyết', 'government', {
    aggregation: 'ratio',
    numeratorCode: 'A',
    denominatorCode: 'B',
  }),
  indicator('MOI', 'Chỉ tiêu mới', 'custom_section'),
];
const none = { query: '', section: null, aggregation: null, source: null };

describe('catalogue filters', () => {
  it('searches without accents over code, names and unit', () => {
    expect(filterIndicators(catalogue, { ...none, query: 'doi thoai' }).map((i) => i.code)).toEqual(['DT_CUOC']);
    expect(filterIndicators(catalogue, { ...none, query: 'VĂN BẢN' }).map((i) => i.code)).toEqual(['VB_TONG']);
    expect(filterIndicators(catalogue, { ...none, query: 'vb_tong' }).map((i) => i.code)).toEqual(['VB_TONG']);
  });

  it('filters by section, rule and source', () => {
    expect(filterIndicators(catalogue, { ...none, section: 'government' }).map((i) => i.code)).toEqual([
      'DT_CUOC',
      'DT_TYLE_GQ',
    ]);
    expect(filterIndicators(catalogue, { ...none, aggregation: 'ratio' }).map((i) => i.code)).toEqual(['DT_TYLE_GQ']);
    expect(filterIndicators(catalogue, { ...none, source: 'computed' }).map((i) => i.code)).toEqual(['VB_TONG']);
    expect(filterIndicators(catalogue, { ...none, source: 'entered' })).toHaveLength(3);
  });

  it("groups by section in the report's order, unknown sections last", () => {
    expect(groupBySection(catalogue).map((g) => [g.section, g.indicators.length])).toEqual([
      ['leadership', 1],
      ['government', 2],
      ['custom_section', 1],
    ]);
  });
});
