import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/harness.js';
import { nineMonthRound, openReportsApp, reportOf, rowOf } from '../../test/reports.js';

// A round's catalogue snapshot is kept between requests (rounds.repository.ts): it must follow every change of
// the row, including one that no code of this process made (another server process, an operator's SQL).
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await openReportsApp(cookies, ids);
});
afterAll(() => t.close());

describe('the kept catalogue snapshot of a round', () => {
  it('is read again after any change of the round’s row, even one of the same size made outside the app', async () => {
    const opened = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies['thanhpho.lanhdao'],
      body: nineMonthRound(ids['AS-SH'], 2026),
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const roundId: number = opened.json().id;
    const before = await reportOf(t, cookies['thanhpho.lanhdao'], roundId, ids['AS-SH']);
    const name = rowOf(before, 'VB_TONG')?.indicator.nameVi as string;
    expect(name).toBeTruthy();
    // One letter's case swapped: the same length, so likely the same stored size; the row's version tells the change.
    const renamed = name.replace(/[a-zA-Z]/, (letter) =>
      letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase(),
    );
    expect(renamed).not.toBe(name);
    const set = (value: string) =>
      t.ownerQuery(
        `UPDATE reporting_rounds
            SET indicator_snapshot = (SELECT jsonb_agg(CASE WHEN i->>'code' = 'VB_TONG' THEN jsonb_set(i, '{nameVi}', to_jsonb($2::text)) ELSE i END ORDER BY n)
                                        FROM jsonb_array_elements(indicator_snapshot) WITH ORDINALITY AS e(i, n))
          WHERE id = $1`,
        [roundId, value],
      );
    await set(renamed);
    const after = await reportOf(t, cookies['thanhpho.lanhdao'], roundId, ids['AS-SH']);
    expect(rowOf(after, 'VB_TONG')?.indicator.nameVi).toBe(renamed);
    // And back: a version written later, never one kept from before.
    await set(name);
    expect(rowOf(await reportOf(t, cookies['phuong1.dv'], roundId, ids['AS-SH-P1']), 'VB_TONG')?.indicator.nameVi).toBe(
      name,
    );
  });
});
