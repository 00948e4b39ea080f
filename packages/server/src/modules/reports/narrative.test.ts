import type { Indicator, ReportIndicatorRow, ReportView } from '@danvan/shared';
import { describe, expect, it } from 'vitest';
import { generateNarrative } from './narrative.js';

const indicator = (code: string, nameVi: string, unitVi: string, section: string, aggregation: Indicator['aggregation'] = 'sum'): Indicator => ({
  code, nameVi, nameEn: code, unitVi, section, aggregation, weightCode: null, numeratorCode: null, denominatorCode: null, computedKey: null,
});

function row(ind: Indicator, value: number | null, lastYear: number | null, difference: number | null = null, percentChange: number | null = null): ReportIndicatorRow {
  return {
    indicator: ind,
    own: { value, denominator: null, source: 'entered', computedValue: null, adjustReason: null },
    total: { value, denominator: null },
    lastYear: { value: lastYear, denominator: null },
    difference,
    percentChange,
  };
}

function view(rows: ReportIndicatorRow[], children: ReportView['children'] = [], included = { approved: 0, expected: 1 }): ReportView {
  return {
    id: 1,
    round: {
      id: 1, openerUnitId: 2, openerUnitName: 'Thành phố Sơn Hà', template: 'six_month', year: 2026, periodIndex: 1,
      title: 'Báo cáo 6 tháng', periodStart: '2025-12-15', periodEnd: '2026-06-14', deadline: '2026-06-25',
      reportingUnitTypes: ['ward'], progress: { submitted: 0, approved: 0, expected: 1 }, abilities: { manage: false },
    },
    unit: { id: 3, name: 'Phường 1', path: 'vn.u1.u2.u3' },
    status: 'draft', version: 1, late: false, narrative: {}, returnComment: null, submittedAt: null, approvedAt: null,
    rows, included, children, versions: [], approvedAbove: null,
    abilities: { edit: true, submit: true, approve: false, return: false, reopen: false },
  };
}

describe('narrative draft', () => {
  it('opens the situation with the local particulars and leaves them out of the results', () => {
    const draft = generateNarrative(view([
      row(indicator('HO_DAN', 'Số hộ dân', 'hộ', 'context', 'latest'), 1234, 1200, 34, 2.83),
      row(indicator('KT_GS', 'Cuộc kiểm tra, giám sát công tác dân vận', 'cuộc', 'leadership'), 4, 2, 2, 100),
    ]));
    expect(draft.situation).toMatch(/^Trong 6 tháng đầu năm 2026, công tác dân vận trên địa bàn Phường 1/);
    expect(draft.situation).toContain('Tình hình địa phương: Số hộ dân: 1.234 hộ, tăng 34 hộ (2,83%) so với cùng kỳ năm 2025.');
    expect(draft.results).not.toContain('Tình hình địa phương');
    expect(draft.results).toContain('Cuộc kiểm tra, giám sát công tác dân vận: 4 cuộc, tăng 2 cuộc (100%) so với cùng kỳ năm 2025.');
  });

  it('says nothing of a zero that was zero last year, but keeps a zero that fell', () => {
    const models = indicator('MH_KT', 'Mô hình lĩnh vực kinh tế', 'mô hình', 'dvk');
    const quiet = generateNarrative(view([row(models, 0, 0, 0, null), row(indicator('MH_VH', 'Mô hình lĩnh vực văn hóa', 'mô hình', 'dvk'), 0, null)]));
    expect(quiet.results).toBe('Trong 6 tháng đầu năm 2026, chưa có số liệu.');
    const fell = generateNarrative(view([row(models, 0, 9, -9, -100)]));
    expect(fell.results).toContain('Mô hình lĩnh vực kinh tế: 0 mô hình, giảm 9 mô hình (100%) so với cùng kỳ năm 2025');
  });

  it('speaks of percentage points for rates, in Vietnamese number format', () => {
    const rate = indicator('DT_TYLE_GQ', 'Tỷ lệ ý kiến được giải quyết', '%', 'government', 'ratio');
    const draft = generateNarrative(view([row(rate, 82.5, 80, 2.5, 3.13)]));
    expect(draft.results).toContain('Tỷ lệ ý kiến được giải quyết: 82,5%, tăng 2,5 điểm phần trăm so với cùng kỳ năm 2025');
    expect(draft.results).not.toMatch(/\b(undefined|null|NaN|points?)\b/);
  });

  it('names the approved reports below and those still missing', () => {
    const draft = generateNarrative(view(
      [row(indicator('KT_GS', 'Cuộc kiểm tra, giám sát công tác dân vận', 'cuộc', 'leadership'), 4, null)],
      [
        { unitId: 4, unitName: 'Phường 2', status: 'approved', values: [], denominators: [] },
        { unitId: 5, unitName: 'Phường 3', status: 'submitted', values: [], denominators: [] },
        { unitId: 6, unitName: 'Phường 4', status: 'missing', values: [], denominators: [] },
      ],
      { approved: 1, expected: 4 },
    ));
    expect(draft.results).toContain('Số liệu tổng hợp từ báo cáo của Phường 1 và 1/3 báo cáo của đơn vị cấp dưới đã được duyệt; chưa có báo cáo được duyệt của: Phường 3, Phường 4.');
  });
});
