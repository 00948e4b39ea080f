import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Form, Input, Select, Table, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateVi, type CampaignInput, type CampaignSummary } from '@danvan/shared';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { PageTitle } from '../../components/PageTitle';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues } from '../../lib/urlFilters';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { createCampaign, fetchAwardTypes, fetchCampaigns, ktKeys } from './api';
import { CommendationsNav } from './CommendationsNav';

const fields = { q: urlField.text(), status: urlField.oneOf(['open', 'decided'] as const) };

interface CampaignForm {
  title: string;
  awardTypeIds: number[];
  referenceDate: Dayjs;
  deadline: Dayjs;
  quotas?: { unitId?: number; quota?: number | null }[];
}

/** /commendations — the campaigns of the scope (those of the units above included), and opening one. */
export function CampaignsPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { values, setValues } = useUrlValues(fields);
  const q = useDebouncedValue(values.q, 300);
  const list = useQuery({
    queryKey: ktKeys.campaigns(q, values.status),
    queryFn: () => fetchCampaigns(q, values.status),
  });
  const types = useQuery({
    queryKey: ktKeys.awardTypes,
    queryFn: fetchAwardTypes,
    enabled: me.abilities.runCommendations,
  });
  const [creating, setCreating] = useState(false);

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
            onChange={(event) => setValues({ q: event.target.value })}
            style={{ maxWidth: 320 }}
          />
          <Select
            allowClear
            placeholder={t('kt.status')}
            aria-label={t('kt.status')}
            value={values.status}
            onChange={(status) => setValues({ status })}
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
          scroll={{ x: 'max-content' }}
          pagination={false}
          columns={[
            {
              key: 'title',
              title: t('kt.campaign'),
              sorter: (a, b) => a.title.localeCompare(b.title, 'vi'),
              render: (_, c) => (
                <Link to={`/commendations/campaigns/${c.id}`} style={{ fontWeight: 600, whiteSpace: 'normal' }}>
                  {c.title}
                </Link>
              ),
            },
            { key: 'owner', title: t('kt.owner'), dataIndex: 'ownerName' },
            {
              key: 'deadline',
              title: t('kt.deadline'),
              sorter: (a, b) => a.deadline.localeCompare(b.deadline),
              render: (_, c) => formatDateVi(c.deadline),
            },
            { key: 'count', title: t('kt.nominations'), dataIndex: 'nominationCount', align: 'right' },
            {
              key: 'status',
              title: t('kt.status'),
              render: (_, c) =>
                c.status === 'open' ? <Tag color="blue">{t('kt.statusOpen')}</Tag> : <Tag>{t('kt.statusDecided')}</Tag>,
            },
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
            quotas: (v.quotas ?? []).flatMap((q) =>
              q.unitId && q.quota !== undefined && q.quota !== null ? [{ unitId: q.unitId, quota: q.quota }] : [],
            ),
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
        <Form.List name="quotas">
          {(items, { add, remove }) => (
            <Flex vertical gap={8}>
              <strong>{t('kt.quotas')}</strong>
              {items.map((item) => (
                <Flex key={item.key} gap={8} wrap align="center">
                  <Form.Item
                    name={[item.name, 'unitId']}
                    label={t('kt.unit')}
                    style={{ marginBottom: 0, minWidth: 220, flex: 1 }}
                  >
                    <UnitTreeSelect />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'quota']}
                    label={t('kt.quota')}
                    rules={numberViRules(t, { integer: true, min: 0, max: 100_000 })}
                    style={{ marginBottom: 0, width: 120 }}
                  >
                    <NumberInputVi integer />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t('kt.removeQuota')}
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(item.name)}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {t('kt.addQuota')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </FormModal>
    </Card>
  );
}
