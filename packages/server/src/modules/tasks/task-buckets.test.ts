import { taskBucket, type TaskBucket } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { nextPeriodEnd } from './task-from-report.service.js';

// The four buckets of QĐ 42/2014/QĐ-TTg over dates: one table, checked against the shared function
// the web and services use and against task_bucket(), the SQL the lists and indicators use.
const cases: { name: string; due: string; completed: string | null; today: string; bucket: TaskBucket }[] = [
  {
    name: 'done before the deadline',
    due: '2026-09-30',
    completed: '2026-09-15',
    today: '2026-12-01',
    bucket: 'on_time',
  },
  {
    name: 'done on the deadline day',
    due: '2026-09-30',
    completed: '2026-09-30',
    today: '2026-12-01',
    bucket: 'on_time',
  },
  { name: 'done the day after', due: '2026-09-30', completed: '2026-10-01', today: '2026-12-01', bucket: 'late' },
  { name: 'done late, across a year', due: '2025-12-31', completed: '2026-01-02', today: '2026-01-02', bucket: 'late' },
  { name: 'not done, deadline ahead', due: '2026-12-10', completed: null, today: '2026-12-01', bucket: 'in_progress' },
  { name: 'not done, deadline today', due: '2026-12-01', completed: null, today: '2026-12-01', bucket: 'in_progress' },
  { name: 'not done, deadline yesterday', due: '2026-11-30', completed: null, today: '2026-12-01', bucket: 'overdue' },
  { name: 'not done, leap day passed', due: '2028-02-29', completed: null, today: '2028-03-01', bucket: 'overdue' },
  {
    name: 'done before it was given a deadline day',
    due: '2026-03-01',
    completed: '2026-02-28',
    today: '2026-02-28',
    bucket: 'on_time',
  },
];

describe('task buckets', () => {
  it.each(cases)('$name → $bucket (shared function)', ({ due, completed, today, bucket }) => {
    expect(taskBucket(due, completed, today)).toBe(bucket);
  });

  describe('in SQL', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('task_bucket() agrees with the shared function on every case', async () => {
      const rows = await t.ownerQuery<{ bucket: string }>(
        `SELECT task_bucket(c.due, c.completed, c.today) AS bucket
           FROM unnest($1::date[], $2::date[], $3::date[]) WITH ORDINALITY AS c(due, completed, today, n) ORDER BY n`,
        [cases.map((c) => c.due), cases.map((c) => c.completed), cases.map((c) => c.today)],
      );
      expect(rows.map((row) => row.bucket)).toEqual(cases.map((c) => c.bucket));
    });
  });
});

describe('the deadline proposed for a report’s directions: the end of the next period', () => {
  it.each([
    ['2025-12-15', '2026-09-14', '2026-12-14'],
    ['2026-01-01', '2026-09-30', '2026-12-31'],
    ['2026-01-01', '2026-06-30', '2026-12-31'],
    ['2026-01-01', '2026-12-31', '2027-12-31'],
    ['2025-12-15', '2026-12-14', '2027-12-14'],
    ['2026-01-01', '2026-03-31', '2026-06-30'],
    ['2026-07-01', '2026-09-30', '2026-12-31'],
    ['2026-10-01', '2026-10-31', '2026-11-30'],
    ['2026-01-15', '2026-02-14', '2026-03-14'],
  ])('%s – %s → %s', (start, end, next) => {
    expect(nextPeriodEnd(start, end)).toBe(next);
  });
});
