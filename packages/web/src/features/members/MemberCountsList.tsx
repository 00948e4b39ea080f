import { lazy, Suspense, useState } from 'react';
import { Button, Empty, Flex, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { FileExcelOutlined, HistoryOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatNumberVi, organisationKindCodes, type MemberCountSummary, type OrganisationKind } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ResponsiveList, type ListColumn, type ListOrder } from '../../components/ResponsiveList';
import { urlField, useUrlValues, writeUrlValues } from '../../lib/urlFilters';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useIsPhone } from '../../lib/useIsPhone';
import { useShownOnce } from '../../lib/useShownOnce';
import { DownloadButton } from '../../components/DownloadButton';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { exportPath, fetchMemberCounts, memberKeys, type MemberFilters, type MemberSort } from './api';
import { useI18n, type Translate } from '../../lib/i18n';
import { kindName, kindOptions, periodName } from './memberLabels';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { loadChunk } from '../../lib/loadChunk';

// The form (Ant Design's Form and its validator) and the history (a timeline of audit entries) come after a click,
// not with the list.
const MemberCountFormModal = lazy(() =>
  loadChunk(() => import('./MemberCountFormModal')).then((module) => ({ default: module.MemberCountFormModal })),
);
const MemberCountHistory = lazy(() =>
  loadChunk(() => import('./MemberCountHistory')).then((module) => ({ default: module.MemberCountHistory })),
);

const memberOrders: ListOrder<MemberSort>[] = [
  { value: '-period', column: 'period', order: 'descend' },
  { value: 'period', column: 'period', order: 'ascend' },
  { value: 'unit', column: 'unitName', order: 'ascend' },
  { value: 'members', column: 'members', order: 'ascend' },
  { value: '-members', column: 'members', order: 'descend' },
  { value: 'admitted', column: 'admitted', order: 'ascend' },
  { value: '-admitted', column: 'admitted', order: 'descend' },
];
const memberSorts = memberOrders.map((order) => order.value);

/** The list's filters, order and page in the address, like every list's. */
const memberListFields = {
  q: urlField.text(),
  kind: urlField.oneOf(organisationKindCodes),
  unitId: urlField.id(),
  year: urlField.year(),
  periodKind: urlField.oneOf(['month', 'quarter'] as const),
  periodIndex: urlField.id(),
  sort: urlField.withDefault(urlField.oneOf(memberSorts), '-period'),
  page: urlField.withDefault(urlField.id(), 1),
};
const pageSize = 20;
const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }));

const mismatch = (item: MemberCountSummary) => item.expectedMembers !== null && item.expectedMembers !== item.members;

function BalanceTag({ item, t }: { item: MemberCountSummary; t: Translate }) {
  if (item.expectedMembers === null)
    return <Typography.Text type="secondary">{t('members.noPrevious')}</Typography.Text>;
  if (!mismatch(item)) return <Tag color="green">{t('members.balanceOk')}</Tag>;
  return (
    <Tooltip title={t('members.membersHint')}>
      <Tag color="orange" icon={<WarningOutlined aria-hidden />}>
        {t('members.balanceOff', {
          previous: formatNumberVi(item.previousMembers),
          admitted: formatNumberVi(item.admitted),
          left: formatNumberVi(item.left),
          expected: formatNumberVi(item.expectedMembers),
        })}
      </Tag>
    </Tooltip>
  );
}

/** The counts of the account's scope: filters, sortable table (cards on a phone), Excel export, entry and history. */
export function MemberCountsList() {
  const { t, lang } = useI18n();
  const me = useMe();
  const isPhone = useIsPhone();
  const { values, setValues, clearValues } = useUrlValues(memberListFields);
  const { page, ...filters } = values;
  const setPage = (next: number) => setValues({ page: next });
  const [editing, setEditing] = useState<MemberCountSummary | null>(null);
  const [creating, setCreating] = useState(false);
  const [historyOf, setHistoryOf] = useState<MemberCountSummary | null>(null);
  const createOpened = useShownOnce(creating);
  const historyOpened = useShownOnce(historyOf !== null);
  const q = useDebouncedValue(filters.q, 300);
  const effective = { ...filters, q };
  const offset = (page - 1) * pageSize;
  const list = useQuery({
    queryKey: memberKeys.list(effective, pageSize, offset),
    queryFn: () => fetchMemberCounts(effective, pageSize, offset),
    placeholderData: keepPreviousData,
  });
  // The server's rule (member_count.create): every role but viewers records counts.
  const canCreate = me.abilities.recordMemberCounts;
  const setFilters = (patch: Partial<MemberFilters>) => setValues({ ...patch, page: 1 });
  const filtered = writeUrlValues(memberListFields, filters).size > 0;
  const emptyText = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('members.noMatch') : t('members.empty')} />
  );
  const actions = (item: MemberCountSummary) => (
    <Space size={4}>
      {item.abilities.update && (
        <Button size="small" onClick={() => setEditing(item)}>
          {t('members.edit')}
        </Button>
      )}
      <Button
        size="small"
        icon={<HistoryOutlined aria-hidden />}
        aria-label={`${t('members.history')} ${item.unitName}`}
        onClick={() => setHistoryOf(item)}
      >
        {isPhone ? null : t('members.history')}
      </Button>
    </Space>
  );

  const columns: ListColumn<MemberCountSummary>[] = [
    {
      key: 'unitName',
      title: t('members.organisation'),
      card: false,
      render: (_, item) => (
        <Flex vertical>
          <span>{item.unitName}</span>
          <Typography.Text type="secondary">{item.parentName}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('members.kind'),
      hideBelow: 'wide',
      card: false,
      render: (_, item) => kindName(item.kind, lang),
    },
    {
      key: 'period',
      title: t('members.period'),
      card: false,
      render: (_, item) => periodName(item.periodKind, item.year, item.periodIndex, lang),
    },
    {
      key: 'members',
      title: t('members.membersShort'),
      align: 'right',
      render: (_, item) => formatNumberVi(item.members),
    },
    {
      key: 'admitted',
      title: t('members.admitted'),
      align: 'right',
      render: (_, item) => formatNumberVi(item.admitted),
    },
    {
      key: 'left',
      title: t('members.left'),
      align: 'right',
      hideBelow: 'wide',
      render: (_, item) => formatNumberVi(item.left),
    },
    {
      key: 'referredToParty',
      title: t('members.referredToParty'),
      align: 'right',
      hideBelow: 'wide',
      card: false,
      render: (_, item) => formatNumberVi(item.referredToParty),
    },
    {
      key: 'balance',
      title: t('members.balance'),
      card: 'bare',
      render: (_, item) => <BalanceTag item={item} t={t} />,
    },
    {
      key: 'actions',
      title: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      card: 'bare',
      render: (_, item) => actions(item),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8} wrap style={{ flex: 1 }}>
          <Input.Search
            allowClear
            placeholder={t('members.search')}
            aria-label={t('members.search')}
            value={filters.q}
            onChange={(event) => setFilters({ q: event.target.value })}
            style={{ width: isPhone ? '100%' : 260 }}
          />
          <Select<OrganisationKind>
            allowClear
            placeholder={t('members.allKinds')}
            aria-label={t('members.kind')}
            options={kindOptions(lang)}
            value={filters.kind}
            onChange={(kind) => setFilters({ kind })}
            style={{ width: isPhone ? '100%' : 200 }}
          />
          <div style={{ width: isPhone ? '100%' : 240 }}>
            <UnitTreeSelect
              allowClear
              placeholder={t('members.allUnits')}
              value={filters.unitId ?? null}
              onChange={(unitId) => setFilters({ unitId: unitId ?? undefined })}
            />
          </div>
          <Select<number>
            allowClear
            placeholder={t('members.allYears')}
            aria-label={t('members.year')}
            options={yearOptions}
            value={filters.year}
            onChange={(year) => setFilters({ year })}
            style={{ width: 110 }}
          />
          <Select<string>
            allowClear
            placeholder={t('members.allPeriods')}
            aria-label={t('members.period')}
            value={
              filters.periodKind && filters.periodIndex ? `${filters.periodKind}:${filters.periodIndex}` : undefined
            }
            onChange={(value) => {
              const [kind, index] = value ? value.split(':') : [];
              setFilters({
                periodKind: kind === 'month' || kind === 'quarter' ? kind : undefined,
                periodIndex: index ? Number(index) : undefined,
              });
            }}
            options={[
              ...[1, 2, 3, 4].map((i) => ({ value: `quarter:${i}`, label: `${t('members.quarter')} ${i}` })),
              ...Array.from({ length: 12 }, (_, i) => ({
                value: `month:${i + 1}`,
                label: `${t('members.month')} ${i + 1}`,
              })),
            ]}
            style={{ width: 130 }}
          />
          {filtered && <Button onClick={() => clearValues()}>{t('members.clear')}</Button>}
        </Flex>
        <Flex gap={8} wrap>
          <DownloadButton
            path={exportPath(effective)}
            fallbackName="doan-vien-hoi-vien.xlsx"
            icon={<FileExcelOutlined aria-hidden />}
          >
            {t('members.export')}
          </DownloadButton>
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('members.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      <ResponsiveList
        label={t('members.tabList')}
        columns={columns}
        items={list.data?.items ?? []}
        loading={list.isFetching}
        emptyText={emptyText}
        page={page}
        pageSize={pageSize}
        total={list.data?.total ?? 0}
        onPageChange={setPage}
        sort={{
          value: filters.sort,
          orders: memberOrders,
          fallback: '-period',
          onChange: (sort) => setFilters({ sort }),
        }}
        card={{
          title: (item) => item.unitName,
          description: (item) => item.parentName,
          extra: (item) => periodName(item.periodKind, item.year, item.periodIndex, lang),
        }}
      />
      <Suspense fallback={null}>
        {createOpened && <MemberCountFormModal open={creating} onClose={() => setCreating(false)} />}
        {editing && <MemberCountFormModal entry={editing} open onClose={() => setEditing(null)} />}
        {historyOpened && <MemberCountHistory entry={historyOf} onClose={() => setHistoryOf(null)} />}
      </Suspense>
    </Flex>
  );
}
