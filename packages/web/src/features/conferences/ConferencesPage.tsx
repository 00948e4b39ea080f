import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Select, Tag } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import {
  conferenceStatusCodes,
  conferenceStatuses,
  formatDateVi,
  formatNumberVi,
  type ConferenceSummary,
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
import { conferenceKeys, exportPath, fetchConferences, fetchKinds, type ConferenceSort } from './api';
import { ConferenceFormModal } from './ConferenceFormModal';
import { conferenceMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([conferenceMessages]);

const conferenceOrders: ListOrder<ConferenceSort>[] = [
  { value: '-heldOn', column: 'heldOn', order: 'descend' },
  { value: 'heldOn', column: 'heldOn', order: 'ascend' },
  { value: 'title', column: 'title', order: 'ascend' },
];
const sorts = conferenceOrders.map((order) => order.value);
const fields = {
  q: urlField.text(),
  kind: urlField.code(),
  year: urlField.year(),
  unitId: urlField.id(),
  status: urlField.oneOf(conferenceStatusCodes),
  sort: urlField.withDefault(urlField.oneOf(sorts), '-heldOn'),
  page: urlField.withDefault(urlField.id(), 1),
};
const pageSize = 20;

/** /conferences — the conferences of the account's scope: filters in the address, Excel, a new conference. */
/** The years a list can be filtered on: from the year the app's records begin to next year, newest first. */
const filterYears = Array.from(
  { length: new Date().getFullYear() + 2 - 2020 },
  (_, i) => new Date().getFullYear() + 1 - i,
);

export function ConferencesPage() {
  const { t, pick } = useI18n();
  const me = useMe();
  const isPhone = useIsPhone();
  const { values, setValues, clearValues } = useUrlValues(fields);
  const { page, ...rest } = values;
  const [creating, setCreating] = useState(false);
  const q = useDebouncedValue(rest.q, 300);
  const filters = { ...rest, q };
  const offset = (page - 1) * pageSize;
  const kinds = useQuery({ queryKey: conferenceKeys.kinds, queryFn: fetchKinds });
  const list = useQuery({
    queryKey: conferenceKeys.list(filters, pageSize, offset),
    queryFn: () => fetchConferences(filters, pageSize, offset),
    placeholderData: keepPreviousData,
  });
  const setFilters = (patch: Partial<typeof values>) => setValues({ ...patch, page: 1 });
  const filtered = writeUrlValues(fields, rest).size > 0;
  const width = (desktop: number) => (isPhone ? '100%' : desktop);

  const titleLink = (c: ConferenceSummary) => (
    <Flex vertical style={{ maxWidth: 380, whiteSpace: 'normal' }}>
      <Link to={`/conferences/${c.id}`} style={{ fontWeight: 600 }}>
        {c.title}
      </Link>
      <span>{c.organiserName}</span>
    </Flex>
  );
  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('conferences.noMatch') : t('conferences.empty')}
    />
  );
  const columns: ListColumn<ConferenceSummary>[] = [
    { key: 'title', title: t('conferences.name'), card: false, render: (_, c) => titleLink(c) },
    {
      key: 'heldOn',
      title: t('conferences.heldOn'),
      render: (_, c) => `${formatDateVi(c.heldOn)} ${c.startsAt}`,
    },
    { key: 'kind', title: t('conferences.kind'), render: (_, c) => c.kindName },
    {
      key: 'status',
      title: t('conferences.status'),
      card: 'bare',
      render: (_, c) => <Tag>{pick(conferenceStatuses[c.status])}</Tag>,
    },
    {
      key: 'points',
      title: t('conferences.points'),
      align: 'right',
      render: (_, c) => formatNumberVi(c.bridgePointCount),
    },
    {
      key: 'attending',
      title: t('conferences.attending'),
      align: 'right',
      hideBelow: 'wide',
      card: false,
      render: (_, c) => formatNumberVi(c.attending),
    },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <PageTitle>{t('conferences.title')}</PageTitle>
        <Flex gap={8} wrap justify="space-between">
          <Flex gap={8} wrap style={{ flex: 1 }} align="center">
            <Input.Search
              allowClear
              placeholder={t('conferences.search')}
              aria-label={t('conferences.search')}
              value={rest.q}
              onChange={(event) => setFilters({ q: event.target.value })}
              style={{ width: width(280) }}
            />
            <Select
              allowClear
              placeholder={t('conferences.allKinds')}
              aria-label={t('conferences.kind')}
              value={rest.kind}
              onChange={(kind) => setFilters({ kind })}
              options={(kinds.data ?? []).map((k) => ({ value: k.code, label: pick(k) }))}
              style={{ width: width(180) }}
            />
            <Select
              allowClear
              placeholder={t('conferences.year')}
              aria-label={t('conferences.year')}
              value={rest.year}
              onChange={(year: number | undefined) => setFilters({ year })}
              options={filterYears.map((year) => ({ value: year, label: String(year) }))}
              style={{ width: width(110) }}
            />
            <div style={{ width: width(220) }}>
              <UnitTreeSelect
                allowClear
                placeholder={t('conferences.allUnits')}
                value={rest.unitId ?? null}
                onChange={(unitId) => setFilters({ unitId: unitId ?? undefined })}
              />
            </div>
            <Select
              allowClear
              placeholder={t('conferences.allStatuses')}
              aria-label={t('conferences.status')}
              value={rest.status}
              onChange={(status) => setFilters({ status })}
              options={conferenceStatusCodes.map((code) => ({ value: code, label: pick(conferenceStatuses[code]) }))}
              style={{ width: width(200) }}
            />
            {filtered && <Button onClick={() => clearValues()}>{t('conferences.clear')}</Button>}
          </Flex>
          <Flex gap={8} wrap>
            <DownloadButton
              path={exportPath(filters)}
              fallbackName="hoi-nghi.xlsx"
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('conferences.export')}
            </DownloadButton>
            {me.abilities.recordConferences && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('conferences.add')}
              </Button>
            )}
          </Flex>
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <ResponsiveList
          label={t('conferences.title')}
          columns={columns}
          items={list.data?.items ?? []}
          loading={list.isFetching}
          emptyText={emptyText}
          page={page}
          pageSize={pageSize}
          total={list.data?.total ?? 0}
          onPageChange={(next) => setValues({ page: next })}
          sort={{
            value: rest.sort,
            orders: conferenceOrders,
            fallback: '-heldOn',
            onChange: (sort) => setFilters({ sort }),
          }}
          card={{
            title: (c) => <Link to={`/conferences/${c.id}`}>{c.title}</Link>,
            description: (c) => c.organiserName,
          }}
        />
        <ConferenceFormModal open={creating} onClose={() => setCreating(false)} kinds={kinds.data ?? []} />
      </Flex>
    </Card>
  );
}
