import { cleanVi, foldVi, formatDateVi, formatNumberVi } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const samples = [
  'Đảng Cộng sản Việt Nam',
  'ĐỐNG ĐA',
  'Xã Tân Hòa',
  'Xã Tân Hoà',
  'Thuỷ Xuân',
  'Thủy Xuân',
  'Phường  1 ',
  'Ủy ban Mặt trận Tổ quốc',
  'Người đứng đầu — đối thoại',
  'Hội Liên hiệp Phụ nữ'.normalize('NFD'),
  'Ê-đê, M’nông, Xơ Đăng',
];

describe('Vietnamese folding', () => {
  it('folds accents, đ and tone placement the same way in TypeScript and in the database', async () => {
    const rows = await t.ownerQuery<{ folded: string }>(
      'SELECT vi_fold(s) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS x(s, n) ORDER BY n',
      [samples.map((s) => s.normalize('NFC'))],
    );
    expect(rows.map((row) => row.folded)).toEqual(samples.map(foldVi));
    expect(foldVi('Đảng')).toBe('dang');
    expect(foldVi('Tân Hoà')).toBe(foldVi('Tân Hòa'));
    expect(foldVi('Phường  1 ')).toBe('phuong 1');
  });

  it('stores NFC with single spaces', () => {
    const decomposed = 'Khối  dân vận '.normalize('NFD');
    expect(cleanVi(decomposed)).toBe('Khối dân vận'.normalize('NFC'));
    expect(cleanVi(decomposed).length).toBe('Khối dân vận'.normalize('NFC').length);
  });

  it('formats dates and numbers the Vietnamese way', () => {
    expect(formatDateVi('2026-06-14')).toBe('14/06/2026');
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(10035)).toBe('10.035');
  });
});
