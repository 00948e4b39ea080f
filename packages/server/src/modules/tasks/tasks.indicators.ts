import { taskBuckets, type TaskBucket } from '@danvan/shared';
import { oncePerContext, type ComputedIndicator } from '../../reporting/computed-indicators.js';
import { vietnamDay } from '../../time.js';
import { countTaskBuckets } from './task-followup.repository.js';

// Counted as of the period's end, or today while the period runs: a task done after that day was not yet done.
const countsOf = oncePerContext((sql, c) => {
  const today = vietnamDay();
  const asOf = c.periodEnd < today ? c.periodEnd : today;
  return countTaskBuckets(sql, { area: c, from: c.periodStart, to: c.periodEnd, asOf });
});

// No task of the area lived in the period: no computed figure (filled in by hand), never zero.
const figure =
  (bucket: TaskBucket): ComputedIndicator['compute'] =>
  async (sql, c) => {
    const counts = await countsOf(sql, c);
    return { value: counts.tasks === 0 ? null : counts[bucket] };
  };

/**
 * The follow-up figures of QĐ 42/2014/QĐ-TTg: the tasks owned in the area that were live during the
 * period (given by its end, not done before its start), in each of the four buckets.
 */
export const taskIndicators: ComputedIndicator[] = (Object.keys(taskBuckets) as TaskBucket[]).map((bucket) => ({
  key: `tasks.${bucket}`,
  description: `Nhiệm vụ: ${taskBuckets[bucket].vi.toLocaleLowerCase('vi')}`,
  compute: figure(bucket),
}));
