import { Tag } from 'antd';
import dayjs from 'dayjs';
import { formatDateVi, taskBuckets, taskStatuses, type TaskBucket, type TaskSummary } from '@danvan/shared';
import { today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';

// Tag colours are Ant Design's presets, whose text passes 4.5:1 on their background (app/theme.ts).
const bucketColors: Record<TaskBucket, string> = {
  on_time: 'green',
  late: 'gold',
  in_progress: 'blue',
  overdue: 'red',
};

/**
 * The bucket of the follow-up reports, in words and colour; overdue also says by how many days. A
 * cancelled task has left the buckets: "Đã hủy".
 */
export function BucketTag({ task }: { task: Pick<TaskSummary, 'bucket' | 'dueOn' | 'status'> }) {
  const { t, pick } = useI18n();
  const days = today().diff(dayjs(task.dueOn), 'day');
  if (task.status === 'cancelled') return <Tag>{pick(taskStatuses.cancelled)}</Tag>;
  return (
    <Tag color={bucketColors[task.bucket]} style={{ whiteSpace: 'normal' }}>
      {pick(taskBuckets[task.bucket])}
      {task.bucket === 'overdue' && ` · ${t('tasks.overdueDays', { days })}`}
    </Tag>
  );
}

/** The deadline, and the one in force when an extension or the giving unit moved it (later or earlier). */
export function DueText({ task }: { task: Pick<TaskSummary, 'deadline' | 'dueOn'> }) {
  const { t } = useI18n();
  if (task.deadline === task.dueOn) return <>{formatDateVi(task.dueOn)}</>;
  const moved = task.dueOn > task.deadline ? 'tasks.dueExtended' : 'tasks.dueChanged';
  return (
    <>
      <s>{formatDateVi(task.deadline)}</s> {t(moved, { date: formatDateVi(task.dueOn) })}
    </>
  );
}

/** "5/8 hoàn thành" for a task given to several units, the owner's percent otherwise. */
export function ProgressText({ task }: { task: Pick<TaskSummary, 'childCount' | 'childrenDone' | 'percent'> }) {
  const { t } = useI18n();
  if (task.childCount > 0) return <>{t('tasks.childrenDone', { done: task.childrenDone, count: task.childCount })}</>;
  return <>{task.percent === null ? '—' : `${task.percent}%`}</>;
}
