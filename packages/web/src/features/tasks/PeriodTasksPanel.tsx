import { Card, Collapse, Flex, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { formatDateVi, taskBucketCodes, taskBuckets, type TaskSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { fetchTasks, taskKeys, type TaskFilters } from './api';
import { BucketTag } from './taskLabels';

const LIMIT = 200;

/**
 * Read-only, beside a report being filled: the tasks the account's unit was given and those it gave
 * whose deadline fell in the last period (or that are still open from before), each with its bucket,
 * and how many in each bucket.
 */
export function PeriodTasksPanel({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const side = (role: 'owned' | 'assigned') => {
    const filters: TaskFilters = { q: '', role, periodFrom: from, periodTo: to, flat: true, sort: 'due' };
    return { queryKey: taskKeys.list(filters, LIMIT, 0), queryFn: () => fetchTasks(filters, LIMIT, 0) };
  };
  const owned = useQuery(side('owned'));
  const given = useQuery(side('assigned'));
  if ((owned.data?.total ?? 0) + (given.data?.total ?? 0) === 0) return null;

  return (
    <Card title={t('tasks.period.title', { from: formatDateVi(from), to: formatDateVi(to) })} size="small">
      <Typography.Paragraph type="secondary">{t('tasks.period.hint')}</Typography.Paragraph>
      <Collapse
        size="small"
        defaultActiveKey={['owned', 'assigned']}
        items={[
          { key: 'owned', label: t('tasks.period.owned'), items: owned.data?.items ?? [] },
          { key: 'assigned', label: t('tasks.period.assigned'), items: given.data?.items ?? [] },
        ]
          .filter((group) => group.items.length > 0)
          .map((group) => ({
            key: group.key,
            label: (
              <Flex gap={8} wrap align="center">
                <span>{group.label}</span>
                <BucketCounts items={group.items} />
              </Flex>
            ),
            children: <PeriodList items={group.items} role={group.key} />,
          }))}
      />
    </Card>
  );
}

function BucketCounts({ items }: { items: TaskSummary[] }) {
  const { pick } = useI18n();
  return (
    <>
      {taskBucketCodes.map((bucket) => {
        const count = items.filter((item) => item.bucket === bucket).length;
        return (
          <Tag key={bucket} bordered={false}>
            {pick(taskBuckets[bucket])}: {count}
          </Tag>
        );
      })}
    </>
  );
}

function PeriodList({ items, role }: { items: TaskSummary[]; role: string }) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(task) => (
        <List.Item key={task.id}>
          <Flex vertical gap={2} style={{ width: '100%' }}>
            <Link to={`/tasks/${task.id}`}>{task.title}</Link>
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">
                {role === 'owned' ? task.assignerName : task.ownerUnitName} · {t('tasks.due')}:{' '}
                {formatDateVi(task.dueOn)}
              </Typography.Text>
              <BucketTag task={task} />
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}
