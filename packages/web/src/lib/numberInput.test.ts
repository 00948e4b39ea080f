import { describe, expect, it } from 'vitest';
import { formatNumberInputVi } from './numberInput';

describe('formatNumberInputVi', () => {
  it('writes figures the Vietnamese way', () => {
    expect(formatNumberInputVi(1250)).toBe('1.250');
    expect(formatNumberInputVi(1234.5)).toBe('1.234,5');
    expect(formatNumberInputVi(null)).toBe('');
  });

  it('writes a year plainly: the open-round form showed "Năm 2.026"', () => {
    expect(formatNumberInputVi(2026, { plain: true })).toBe('2026');
    expect(formatNumberInputVi(12345, { plain: true })).toBe('12345');
  });
});
