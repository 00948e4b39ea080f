import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { democracyGroupCodes, democracyGroups, type ChecklistItem, type DemocracyGroup } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues } from '../../lib/urlFilters';
import { democracyKeys, fetchChecklist } from './api';
import { PageTitle } from '../../components/PageTitle';
import { democracyMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([democracyMessages]);

interface ItemValues {
  group: DemocracyGroup;
  code: string;
  title: string;
  legalRef?: string;
  guidance?: string;
  retired?: boolean;
}

const thisYear = new Date().getFullYear();
const checklistFields = { year: urlField.withDefault(urlField.year(), thisYear) };

/** /democracy/checklist — the national checklist by year: admins add, change and retire items, and copy a year forward. */
export function ChecklistPage() {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useMe().abilities.manageDemocracyChecklist;
  const {
    values: { year },
    setValues,
  } = useUrlValues(checklistFields);
  const [editing, setEditing] = useState<ChecklistItem | 'new' | 'copy' | null>(null);
  const checklist = useQuery({ queryKey: democracyKeys.checklist(year), queryFn: () => fetchChecklist(year) });
  const years = [...new Set([...(checklist.data?.years ?? []), year])].sort((a, b) => b - a);
  const refresh = () => queryClient.invalidateQueries({ queryKey: democracyKeys.all });
  const item = editing && typeof editing === 'object' ? editing : null;

  const columns: TableColumnsType<ChecklistItem> = [
    { title: t('democracy.checklistCode'), dataIndex: 'code', width: 150 },
    {
      title: t('democracy.checklistGroup'),
      dataIndex: 'group',
      width: 200,
      filters: democracyGroupCodes.map((group) => ({ text: pick(democracyGroups[group]), value: group })),
      onFilter: (value, row) => row.group === value,
      render: (group: DemocracyGroup) => pick(democracyGroups[group]),
    },
    {
      title: t('democracy.checklistTitle'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <Flex gap={8} wrap>
          <span>{title}</span>
          {row.retired && <Tag>{t('democracy.checklistRetired')}</Tag>}
        </Flex>
      ),
    },
    { title: t('democracy.checklistLegalRef'), dataIndex: 'legalRef', width: 140, responsive: ['md'] },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, row) => (
        <Button size="small" onClick={() => setEditing(row)}>
          {t('democracy.checklistEdit')}
        </Button>
      ),
    });
  }

  return (
    <Card>
      <Flex vertical gap={16}>
        <Link to={`/democracy?year=${year}`}>
          <ArrowLeftOutlined aria-hidden /> {t('democracy.backToList')}
        </Link>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('democracy.checklist')}</PageTitle>
          <Flex gap={8} wrap>
            <Select
              aria-label={t('democracy.year')}
              value={year}
              style={{ width: 120 }}
              options={years.map((y) => ({ value: y, label: t('democracy.yearOption', { year: y }) }))}
              onChange={(y) => setValues({ year: y })}
            />
            {canManage && (
              <Button icon={<CopyOutlined aria-hidden />} onClick={() => setEditing('copy')}>
                {t('democracy.checklistCopy')}
              </Button>
            )}
            {canManage && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('democracy.checklistAdd')}
              </Button>
            )}
          </Flex>
        </Flex>
        {checklist.isError && <ErrorAlert error={checklist.error} onRetry={() => checklist.refetch()} />}
        <Table<ChecklistItem>
          rowKey="id"
          size="middle"
          loading={checklist.isFetching}
          columns={columns}
          dataSource={checklist.data?.items ?? []}
          pagination={false}
          scroll={{ x: 700 }}
        />
      </Flex>
      <FormModal<ItemValues, ChecklistItem>
        open={editing === 'new' || item !== null}
        onClose={() => setEditing(null)}
        name="checklistItem"
        title={
          item ? t('democracy.checklistEditTitle', { code: item.code }) : t('democracy.checklistAddTitle', { year })
        }
        initialValues={item ?? { group: 'disclosure', retired: false }}
        submit={(values) =>
          item
            ? api<ChecklistItem>(`/api/democracy/checklist/${item.id}`, {
                method: 'PUT',
                body: {
                  group: values.group,
                  title: values.title,
                  legalRef: values.legalRef ?? '',
                  guidance: values.guidance ?? '',
                  retired: values.retired ?? false,
                },
              })
            : api<ChecklistItem>('/api/democracy/checklist', {
                method: 'POST',
                body: {
                  year,
                  group: values.group,
                  code: values.code,
                  title: values.title,
                  legalRef: values.legalRef ?? '',
                  guidance: values.guidance ?? '',
                },
              })
        }
        onSuccess={refresh}
        successMessage={t('democracy.checklistSaved')}
      >
        <Form.Item name="group" label={t('democracy.checklistGroup')} rules={[{ required: true }]}>
          <Select
            options={democracyGroupCodes.map((group) => ({ value: group, label: pick(democracyGroups[group]) }))}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('democracy.checklistCode')}
          extra={t('democracy.checklistCodeHint')}
          rules={[{ required: true, pattern: /^[A-Z0-9_]{2,30}$/, message: t('democracy.checklistCodeHint') }]}
        >
          <Input disabled={item !== null} maxLength={30} />
        </Form.Item>
        <Form.Item name="title" label={t('democracy.checklistTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="legalRef" label={t('democracy.checklistLegalRef')}>
          <Input maxLength={200} placeholder={t('democracy.checklistLegalRefExample')} />
        </Form.Item>
        <Form.Item name="guidance" label={t('democracy.checklistGuidance')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        {item && (
          <Form.Item name="retired" label={t('democracy.checklistRetired')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ toYear: number }, { year: number; copied: number }>
        open={editing === 'copy'}
        onClose={() => setEditing(null)}
        name="checklistCopy"
        title={t('democracy.checklistCopyTitle', { year })}
        okText={t('democracy.checklistCopy')}
        initialValues={{ toYear: year + 1 }}
        submit={(values) =>
          api<{ year: number; copied: number }>('/api/democracy/checklist/copy', {
            method: 'POST',
            body: { fromYear: year, toYear: values.toYear },
          })
        }
        onSuccess={async (result) => {
          await refresh();
          setValues({ year: result.year });
        }}
        successMessage={(result) => t('democracy.checklistCopied', { count: result.copied, year: result.year })}
      >
        <Form.Item name="toYear" label={t('democracy.checklistToYear')} rules={[{ required: true }]}>
          <Select
            options={[year + 1, year + 2].map((y) => ({ value: y, label: t('democracy.yearOption', { year: y }) }))}
          />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
