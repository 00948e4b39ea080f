import { describe, expect, it } from 'vitest';
import { checkNumberVi, parseNumberVi, type NumberViResult } from './parse-number-vi.js';

const value = (v: number | null): NumberViResult => ({ ok: true, value: v });
const error = (e: string): NumberViResult => ({ ok: false, error: e as never });

describe('parseNumberVi', () => {
  it.each([
    ['1.250', 1250],
    ['1,5', 1.5],
    ['1.234,5', 1234.5],
    ['1,250', 1.25],
    ['1250', 1250],
    ['0', 0],
    ['-0', 0],
    ['12.345.678', 12345678],
    ['12.345.678,09', 12345678.09],
    ['1 250', 1250],
    [' 1.250 ', 1250],
    ['1\u00a0250,5', 1250.5],
    ['1\u202f250', 1250],
    ['-1.250', -1250],
    ['\u22121,5', -1.5],
    ['\u20133', -3],
    ['- 7', -7],
    [',5', 0.5],
    ['12,', 12],
    ['007', 7],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumberVi(text)).toEqual(value(expected));
  });

  it.each(['', '   ', null, undefined])('reads %j as an empty field', (text) => {
    expect(parseNumberVi(text)).toEqual(value(null));
  });

  it.each([
    '1.25', // a dot that groups no thousands is ambiguous
    '1.2345',
    '1234.567',
    '1.250.5',
    '1,234.5', // the English way round
    '1,2,3',
    '1,5,',
    'abc',
    '12a',
    '1e3',
    '--1',
    '1-',
    '+',
    '-',
    ',',
    '.5',
    '1.',
    'Infinity',
    'NaN',
    '0x10',
  ])('refuses %j', (text) => {
    expect(parseNumberVi(text)).toEqual(error('invalid'));
  });

  it('refuses decimals where only whole numbers are counted', () => {
    expect(parseNumberVi('1,5', { integer: true })).toEqual(error('notInteger'));
    expect(parseNumberVi('1.200', { integer: true })).toEqual(value(1200));
    expect(parseNumberVi('3,0', { integer: true })).toEqual(value(3));
  });

  it('checks the bounds, naming a negative number where none is allowed', () => {
    expect(parseNumberVi('-1', { min: 0 })).toEqual(error('negative'));
    expect(parseNumberVi('0', { min: 0 })).toEqual(value(0));
    expect(parseNumberVi('1.999', { min: 2000, max: 2100 })).toEqual(error('tooSmall'));
    expect(parseNumberVi('2.101', { min: 2000, max: 2100 })).toEqual(error('tooLarge'));
    expect(parseNumberVi('-5', { min: -10 })).toEqual(value(-5));
    expect(parseNumberVi('-11', { min: -10 })).toEqual(error('tooSmall'));
    expect(parseNumberVi('100,5', { max: 100 })).toEqual(error('tooLarge'));
  });

  it('keeps the precision of long decimals', () => {
    expect(parseNumberVi('0,1')).toEqual(value(0.1));
    expect(parseNumberVi('1.000.000,25')).toEqual(value(1000000.25));
  });
});

describe('checkNumberVi', () => {
  it('applies the same rules to a number already read', () => {
    expect(checkNumberVi(Number.NaN, {})).toBe('invalid');
    expect(checkNumberVi(1.5, { integer: true })).toBe('notInteger');
    expect(checkNumberVi(-1, { min: 0 })).toBe('negative');
    expect(checkNumberVi(101, { max: 100 })).toBe('tooLarge');
    expect(checkNumberVi(100, { min: 0, max: 100, integer: true })).toBeNull();
  });
});
