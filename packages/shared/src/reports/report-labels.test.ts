import { describe, expect, it } from 'vitest';
import { defaultRoundTitle } from './report-labels.js';

describe('defaultRoundTitle', () => {
  it('names the period as Party reports do, for every template', () => {
    expect(defaultRoundTitle({ template: 'nine_month', year: 2026, periodIndex: 1 })).toBe(
      'Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2026',
    );
    // The open-round form showed the 9 months' title as its example while an annual round was chosen.
    expect(defaultRoundTitle({ template: 'annual', year: 2026, periodIndex: 1 })).toBe(
      'Báo cáo kết quả công tác dân vận năm 2026',
    );
    expect(defaultRoundTitle({ template: 'quarterly', year: 2027, periodIndex: 2 })).toBe(
      'Báo cáo kết quả công tác dân vận quý 2 năm 2027',
    );
    expect(defaultRoundTitle({ template: 'monthly', year: 2027, periodIndex: 11 })).toBe(
      'Báo cáo kết quả công tác dân vận tháng 11 năm 2027',
    );
  });
});
