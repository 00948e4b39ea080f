import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Form, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import {
  campaignSorts,
  formatDateVi,
  type CampaignInput,
  type CampaignSort,
  type CampaignSummary,
} from '@danvan/shared';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageTitle } from '../../components/PageTitle';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { headerSort, orderOfSorter, type ListOrder } from '../../components/listOrders';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues } from '../../lib/urlFilters';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useIsPhone } from '../../lib/useIsPhone';
import { createCampaign, fetchAwardTypes, fetchCampaigns, ktKeys } from './api';
import { CommendationsNav } from './CommendationsNav';
import { QuotaFields, quotasOf, type QuotaValues } from './QuotaFields';
import { commendationMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([commendationMessages]);

const fields = {
  q: urlField.text(),
  status: urlField.oneOf(['open', 'decided'] as const),
  sort: urlField.withDefault(urlField.oneOf(campaignSorts), '-referenceDate'),
  page: urlField.withDefault(urlField.id(), 1),
};
const pageSize = 20;
const orders: ListOrder<CampaignSort>[] = [
  { value: 'title', column: 'title', order: 'ascend' },
  { value: '-title', column: 'title', order: 'descend' },
  { value: 'referenceDate', column: 'referenceDate', order: 'ascend' },
  { value: '-referenceDate', column: 'referenceDate', order: 'descend' },
  { value: 'deadline', column: 'deadline', order: 'ascend' },
  { value: '-deadline', column: 'deadline', order: 'descend' },
];

interface CampaignForm {
  title: string;
  awardTypeIds: number[];
  referenceDate: Dayjs;
  deadline: Dayjs;
  quotas?: QuotaValues[];
}

/** /commendations — the campaigns of the scope (those of the units above included), and opening one. */
export function CampaignsPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { values, setValues } = useUrlValues(fields);
  const q = useDebouncedValue(values.q, 300);
  const query = { q, status: values.status, sort: values.sort, limit: pageSize, offset: (values.page - 1) * pageSize };
  const list = useQuery({
    queryKey: ktKeys.campaigns(query),
    queryFn: () => fetchCampaigns(query),
    placeholderData: keepPreviousData,
  });
  const types = useQuery({
    queryKey: ktKeys.awardTypes,
    queryFn: fetchAwardTypes,
    enabled: me.abilities.runCommendations,
  });
  const [creating, setCreating] = useState(false);
  const isPhone = useIsPhone();
  const statusTag = (c: CampaignSummary) =>
    c.status === 'open' ? <Tag color="blue">{t('kt.statusOpen')}</Tag> : <Tag>{t('kt.statusDecided')}</Tag>;
  const wideColumns: TableColumnsType<CampaignSummary> = [
    { key: 'owner', title: t('kt.owner'), dataIndex: 'ownerName' },
    {
      key: 'referenceDate',
      ...headerSort('referenceDate', orders, values.sort),
      title: t('kt.referenceDateShort'),
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateVi(c.referenceDate)}</span>,
    },
    {
      key: 'deadline',
      ...headerSort('deadline', orders, values.sort),
      title: t('kt.deadline'),
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateVi(c.deadline)}</span>,
    },
    { key: 'count', title: t('kt.nominations'), dataIndex: 'nominationCount', align: 'right' },
    {
      key: 'status',
      title: t('kt.status'),
      render: (_, c) => statusTag(c),
    },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <PageTitle>{t('kt.title')}</PageTitle>
        <CommendationsNav />
        <Flex gap={8} wrap justify="space-between">
          <Input.Search
            allowClear
            placeholder={t('kt.search')}
            aria-label={t('kt.search')}
            value={values.q}
            onChange={(event) => setValues({ q: event.target.value, page: 1 })}
            style={{ maxWidth: 320 }}
          />
          <Select
            allowClear
            placeholder={t('kt.status')}
            aria-label={t('kt.status')}
            value={values.status}
            onChange={(status) => setValues({ status, page: 1 })}
            options={[
              { value: 'open', label: t('kt.statusOpen') },
              { value: 'decided', label: t('kt.statusDecided') },
            ]}
            style={{ width: 180 }}
          />
          {me.abilities.runCommendations && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('kt.newCampaign')}
            </Button>
          )}
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <Table<CampaignSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          // As wide as the page, not as its longest title: the title wraps, the dates and the state stay in view.
          onChange={(_pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') setValues({ sort: orderOfSorter(orders, '-referenceDate', sorter), page: 1 });
          }}
          pagination={{
            current: values.page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (page) => setValues({ page }),
          }}
          columns={[
            {
              key: 'title',
              ...headerSort('title', orders, values.sort),
              title: t('kt.campaign'),
              minWidth: 280,
              render: (_, c) => (
                <Flex vertical gap={4}>
                  <Link to={`/commendations/campaigns/${c.id}`} style={{ fontWeight: 600, whiteSpace: 'normal' }}>
                    {c.title}
                  </Link>
                  {/* A phone shows the title column only: the deadline and the state go under the title. */}
                  {isPhone && (
                    <span>
                      {t('kt.deadline')}: {formatDateVi(c.deadline)} · {statusTag(c)}
                    </span>
                  )}
                </Flex>
              ),
            },
            ...(isPhone ? [] : wideColumns),
          ]}
        />
      </Flex>
      <FormModal<CampaignForm, { id: number }>
        open={creating}
        onClose={() => setCreating(false)}
        title={t('kt.newCampaign')}
        name="campaign"
        submit={(v) => {
          const body: CampaignInput = {
            title: v.title,
            awardTypeIds: v.awardTypeIds,
            referenceDate: toIsoDate(v.referenceDate),
            deadline: toIsoDate(v.deadline),
            passRule: 'majority',
            quotas: quotasOf(v.quotas),
          };
          return createCampaign(body);
        }}
        onSuccess={async (saved) => {
          await queryClient.invalidateQueries({ queryKey: ktKeys.all });
          navigate(`/commendations/campaigns/${saved.id}`);
        }}
      >
        <Form.Item name="title" label={t('kt.title.field')} rules={[{ required: true, message: t('kt.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="awardTypeIds" label={t('kt.awards')} rules={[{ required: true, message: t('kt.required') }]}>
          <Select
            mode="multiple"
            options={(types.data ?? []).filter((x) => x.active).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
        <Form.Item
          name="referenceDate"
          label={t('kt.referenceDate')}
          rules={[{ required: true, message: t('kt.required') }]}
        >
          <DatePicker format={dateFormat} />
        </Form.Item>
        <Form.Item name="deadline" label={t('kt.deadline')} rules={[{ required: true, message: t('kt.required') }]}>
          <DatePicker format={dateFormat} />
        </Form.Item>
        <QuotaFields />
      </FormModal>
    </Card>
  );
}
