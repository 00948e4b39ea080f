import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sorted = async (fn: 'vi_sort_key' | 'vi_name_sort_key', values: string[]) =>
  (
    await t.ownerQuery<{ s: string }>(`SELECT s FROM unnest($1::text[]) AS x(s) ORDER BY ${fn}(s) COLLATE "C", s`, [
      [...values].reverse(),
    ])
  ).map((row) => row.s);

describe('Vietnamese collation', () => {
  it.each([
    ['the alphabet: a ă â, d đ, o ô ơ, u ư', ['an', 'ăn', 'ân', 'dung', 'đức', 'oanh', 'ông', 'ơn', 'uyên', 'ưng']],
    ['tones only break ties, in dictionary order', ['ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'mai']],
    ['case is ignored', ['An', 'anh', 'Bình', 'Đào', 'ĐẠT', 'Em']],
    ['a shorter word first', ['Hà', 'Hải', 'Hạnh']],
  ])('%s', async (_, names) => {
    expect(await sorted('vi_sort_key', names)).toEqual(names);
  });

  it('sorts people by given name, then family and middle names', async () => {
    const names = [
      'Nguyễn Văn An',
      'Trần Thị Ánh',
      'Lê Thị Bình',
      'Nguyễn Thị Bình',
      'Phạm Đức',
      'Võ Văn Đức',
      'Lê Thu',
    ];
    expect(await sorted('vi_name_sort_key', names)).toEqual(names);
  });
});
