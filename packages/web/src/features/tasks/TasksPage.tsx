import { useState } from 'react';
import { Button, Card, Checkbox, Empty, Flex, Input, Select, Tag, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import {
  formatDateVi,
  taskBucketCodes,
  taskBuckets,
  taskSourceKindCodes,
  taskSourceKinds,
  type TaskSummary,
} from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ResponsiveList, type ListColumn, type ListOrder } from '../../components/ResponsiveList';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues, writeUrlValues } from '../../lib/urlFilters';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useIsPhone } from '../../lib/useIsPhone';
import { exportPath, fetchTasks, taskKeys, type TaskSort } from './api';
import { BucketTag, DueText, ProgressText } from './taskLabels';
import { TaskFormModal } from './TaskFormModal';
import { taskMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([taskMessages]);

// '-assigned' has no column: the home screen's links ask for it.
const taskOrders: ListOrder<TaskSort>[] = [
  { value: 'due', column: 'due', order: 'ascend' },
  { value: '-due', column: 'due', order: 'descend' },
  { value: 'title', column: 'title', order: 'ascend' },
  { value: 'unit', column: 'owner', order: 'ascend' },
];
const taskSorts: TaskSort[] = [...taskOrders.map((order) => order.value), '-assigned'];

/** The list's filters, order and page in the address, like every list's. */
const taskListFields = {
  q: urlField.text(),
  unitId: urlField.id(),
  bucket: urlField.oneOf([...taskBucketCodes, 'cancelled'] as const),
  sourceKind: urlField.oneOf(taskSourceKindCodes),
  sourceRefId: urlField.id(),
  role: urlField.oneOf(['assigned', 'owned'] as const),
  flat: urlField.oneOf(['1'] as const),
  sort: urlField.withDefault(urlField.oneOf(taskSorts), 'due'),
  page: urlField.withDefault(urlField.id(), 1),
};
const pageSize = 20;

/** /tasks — the tasks of the account's scope: filters in the address, overdue highlighted, Excel, giving a task. */
export function TasksPage() {
  const { t, pick } = useI18n();
  const me = useMe();
  const isPhone = useIsPhone();
  const { values, setValues, clearValues } = useUrlValues(taskListFields);
  const { page, flat, ...rest } = values;
  const [creating, setCreating] = useState(false);
  const q = useDebouncedValue(rest.q, 300);
  // "Đã hủy" sits among the buckets in the one status filter; the API takes it as a state of its own.
  const { bucket, ...others } = rest;
  const filters = {
    ...others,
    q,
    flat: flat === '1',
    ...(bucket === 'cancelled' ? { state: 'cancelled' as const } : { bucket }),
  };
  const offset = (page - 1) * pageSize;
  const list = useQuery({
    queryKey: taskKeys.list(filters, pageSize, offset),
    queryFn: () => fetchTasks(filters, pageSize, offset),
    placeholderData: keepPreviousData,
  });
  const setFilters = (patch: Partial<typeof values>) => setValues({ ...patch, page: 1 });
  const filtered = writeUrlValues(taskListFields, { ...rest, flat }).size > 0;
  const emptyText = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('tasks.noMatch') : t('tasks.empty')} />
  );
  // A task given to several units is held by the giver: its row names how many units carry it out.
  const ownerText = (task: TaskSummary) =>
    task.childCount > 0 ? t('tasks.unitsCount', { count: task.childCount }) : task.ownerUnitName;
  const titleLink = (task: TaskSummary) => (
    <Flex vertical style={{ maxWidth: 340, whiteSpace: 'normal' }}>
      <Link to={`/tasks/${task.id}`} style={{ fontWeight: 600 }}>
        {task.title}
      </Link>
      <Typography.Text type="secondary">
        {t('tasks.assigner')}: {task.assignerName}
      </Typography.Text>
    </Flex>
  );

  const columns: ListColumn<TaskSummary>[] = [
    { key: 'title', title: t('tasks.task'), card: false, render: (_, task) => titleLink(task) },
    { key: 'owner', title: t('tasks.owner'), render: (_, task) => ownerText(task) },
    { key: 'due', title: t('tasks.due'), render: (_, task) => <DueText task={task} /> },
    // The overdue tag names its days: a fixed width lets it wrap instead of pushing the columns off the screen.
    {
      key: 'bucket',
      title: t('tasks.bucket'),
      width: 200,
      card: 'bare',
      render: (_, task) => <BucketTag task={task} />,
    },
    { key: 'progress', title: t('tasks.progress'), render: (_, task) => <ProgressText task={task} /> },
    {
      key: 'assignedOn',
      title: t('tasks.assignedOn'),
      hideBelow: 'wide',
      card: false,
      render: (_, task) => formatDateVi(task.assignedOn),
    },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <PageTitle>{t('tasks.title')}</PageTitle>
        <Flex gap={8} wrap justify="space-between">
          <Flex gap={8} wrap style={{ flex: 1 }} align="center">
            <Input.Search
              allowClear
              placeholder={t('tasks.search')}
              aria-label={t('tasks.search')}
              value={rest.q}
              onChange={(event) => setFilters({ q: event.target.value })}
              style={{ width: isPhone ? '100%' : 280 }}
            />
            <div style={{ width: isPhone ? '100%' : 240 }}>
              <UnitTreeSelect
                allowClear
                placeholder={t('tasks.allUnits')}
                value={rest.unitId ?? null}
                onChange={(unitId) => setFilters({ unitId: unitId ?? undefined })}
              />
            </div>
            <Select
              allowClear
              placeholder={t('tasks.allBuckets')}
              aria-label={t('tasks.bucket')}
              value={rest.bucket}
              onChange={(bucket) => setFilters({ bucket })}
              options={[
                ...taskBucketCodes.map((code) => ({ value: code, label: pick(taskBuckets[code]) })),
                { value: 'cancelled' as const, label: t('tasks.stateCancelled') },
              ]}
              style={{ width: isPhone ? '100%' : 220 }}
            />
            <Select
              allowClear
              placeholder={t('tasks.allRoles')}
              aria-label={t('tasks.role')}
              value={rest.role}
              onChange={(role) => setFilters({ role })}
              options={[
                { value: 'assigned', label: t('tasks.roleAssigned') },
                { value: 'owned', label: t('tasks.roleOwned') },
              ]}
              style={{ width: isPhone ? '100%' : 190 }}
            />
            <Checkbox
              checked={flat === '1'}
              onChange={(event) => setFilters({ flat: event.target.checked ? '1' : undefined })}
            >
              {t('tasks.flat')}
            </Checkbox>
            {rest.sourceKind && rest.sourceRefId && (
              <Tag closable onClose={() => setFilters({ sourceKind: undefined, sourceRefId: undefined })}>
                {pick(taskSourceKinds[rest.sourceKind])} #{rest.sourceRefId}
              </Tag>
            )}
            {filtered && <Button onClick={() => clearValues()}>{t('tasks.clear')}</Button>}
          </Flex>
          <Flex gap={8} wrap>
            <DownloadButton
              path={exportPath(filters)}
              fallbackName="nhiem-vu.xlsx"
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('tasks.export')}
            </DownloadButton>
            {me.abilities.assignTasks && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('tasks.add')}
              </Button>
            )}
          </Flex>
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <ResponsiveList
          label={t('tasks.title')}
          columns={columns}
          items={list.data?.items ?? []}
          loading={list.isFetching}
          emptyText={emptyText}
          page={page}
          pageSize={pageSize}
          total={list.data?.total ?? 0}
          onPageChange={(next) => setValues({ page: next })}
          sort={{ value: rest.sort, orders: taskOrders, fallback: 'due', onChange: (sort) => setFilters({ sort }) }}
          card={{
            title: (task) => <Link to={`/tasks/${task.id}`}>{task.title}</Link>,
            description: (task) => `${t('tasks.assigner')}: ${task.assignerName}`,
          }}
          alert={(task) => task.bucket === 'overdue' && task.status !== 'cancelled'}
        />
        <TaskFormModal open={creating} onClose={() => setCreating(false)} />
      </Flex>
    </Card>
  );
}
