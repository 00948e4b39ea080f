import { describe, expect, it } from 'vitest';
import { idSchema, MAX_ID, wholeNumber } from './ids.js';

describe('idSchema', () => {
  it('takes plain digits and JSON integers from 1 to 2³¹−1', () => {
    for (const [input, id] of [
      ['1', 1],
      ['2147483647', MAX_ID],
      [16, 16],
      [MAX_ID, MAX_ID],
    ] as const)
      expect(idSchema.parse(input)).toBe(id);
  });

  it('refuses what Number() would have let through, and ids out of range', () => {
    for (const input of [
      '0x10',
      ' 1',
      '1 ',
      '1e1',
      '+1',
      '-1',
      '01',
      '1.0',
      '',
      '0',
      '١',
      '2147483648',
      0,
      -1,
      1.5,
      2 ** 31,
      true,
      null,
    ])
      expect(idSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });
});

describe('wholeNumber', () => {
  it('takes plain digits within its bounds, zero included', () => {
    expect(wholeNumber(0, 10).parse('0')).toBe(0);
    expect(wholeNumber(2000, 2100).parse('2026')).toBe(2026);
    for (const input of ['2.026e3', ' 2026', '0x7EA', '02026', '2101'])
      expect(wholeNumber(2000, 2100).safeParse(input).success, input).toBe(false);
  });
});
