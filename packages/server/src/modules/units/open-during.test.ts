import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { isUnitOpenDuring, unitOpenDuring } from './open-during.js';

// The third quarter of 2026, and units that opened or closed on and around its boundary days.
const start = '2026-07-01';
const end = '2026-09-30';
const cases: { name: string; opened_on: string | null; closed_on: string | null; open: boolean }[] = [
  { name: 'always existed, still open', opened_on: null, closed_on: null, open: true },
  { name: 'closed the day before the first day', opened_on: null, closed_on: '2026-06-30', open: false },
  { name: 'closed on the first day', opened_on: null, closed_on: '2026-07-01', open: false },
  { name: 'closed the day after the first day', opened_on: null, closed_on: '2026-07-02', open: true },
  { name: 'closed on the last day', opened_on: null, closed_on: '2026-09-30', open: true },
  { name: 'opened on the first day', opened_on: '2026-07-01', closed_on: null, open: true },
  { name: 'opened on the last day', opened_on: '2026-09-30', closed_on: null, open: true },
  { name: 'opened the day after the last day', opened_on: '2026-10-01', closed_on: null, open: false },
];

describe('a unit open during a period', () => {
  it.each(cases)('$name: open $open', ({ opened_on, closed_on, open }) => {
    expect(isUnitOpenDuring({ opened_on, closed_on }, start, end)).toBe(open);
  });

  describe('in SQL', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('agrees with the rule on every boundary day', async () => {
      const rows = await t.ownerQuery<{ name: string; open: boolean }>(
        `SELECT u.name, ${unitOpenDuring('u', '$2::date', '$3::date')} AS open
           FROM jsonb_to_recordset($1::jsonb) AS u(name text, opened_on date, closed_on date)`,
        [JSON.stringify(cases), start, end],
      );
      expect(rows).toEqual(cases.map(({ name, open }) => ({ name, open })));
    });

    it('reads a day as a period whose first day is its last', async () => {
      const [row] = await t.ownerQuery<{ open: boolean }>(
        `SELECT ${unitOpenDuring('u', '$1::date', '$1::date')} AS open FROM (SELECT $1::date AS closed_on, NULL::date AS opened_on) u`,
        [end],
      );
      expect(row.open).toBe(false);
    });
  });
});
