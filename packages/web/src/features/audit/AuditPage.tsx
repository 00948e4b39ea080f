import { useState } from 'react';
import { Card, Empty, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatDateTimeVi, formatNumberVi, type AuditEntry } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFitColumns, type FitColumn } from '../../components/fitColumns';
import { useI18n } from '../../lib/i18n';
import { auditKeys, fetchAudit, type AuditFilters } from './api';
import { AuditChanges } from './AuditChanges';
import { AuditFilterForm } from './AuditFilterForm';
import { actionLabel, entityName, entityTypeLabel } from '../../lib/auditLabels';
import { PageTitle } from '../../components/PageTitle';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { auditMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([auditMessages]);

// The records with a page of their own, reached by id alone.
const recordPages: Partial<Record<string, (id: string) => string>> = {
  unit: (id) => `/units/${id}`,
  document: (id) => `/documents/${id}`,
  movement: (id) => `/movements/${id}`,
  model: (id) => `/models/${id}`,
};

/** The audited record in words: its kind and its name, linked to its page when it has one. */
function AuditEntity({ entry }: { entry: AuditEntry }) {
  const { lang } = useI18n();
  const name = entityName(entry) ?? entry.recordName;
  const text = name ? `${entityTypeLabel(entry.entityType, lang)}: ${name}` : entityTypeLabel(entry.entityType, lang);
  const page = entry.entityId ? recordPages[entry.entityType]?.(entry.entityId) : undefined;
  return page ? <Link to={page}>{text}</Link> : text;
}

export function AuditPage() {
  const { t, lang } = useI18n();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState({ current: 1, size: 50 });
  const offset = (page.current - 1) * page.size;
  const audit = useQuery({
    queryKey: auditKeys.page(filters, page.size, offset),
    queryFn: () => fetchAudit(filters, page.size, offset),
    placeholderData: keepPreviousData,
  });

  const columns: FitColumn<AuditEntry>[] = [
    { title: t('audit.time'), dataIndex: 'at', width: 150, render: (at: string) => formatDateTimeVi(at) },
    {
      title: t('audit.actor'),
      key: 'actor',
      hideBelow: 'phone',
      width: 170,
      render: (_, entry) =>
        entry.actorName ? (
          <Flex vertical>
            <span>{entry.actorName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.actorUsername}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    { title: t('audit.unit'), dataIndex: 'unitName', width: 220, hideBelow: 'phone' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 220,
      render: (action: string) => (
        <Flex vertical>
          <span>{actionLabel(action, lang)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {action}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      hideBelow: 'phone',
      render: (_, entry) => <AuditEntity entry={entry} />,
    },
  ];

  const fitted = useFitColumns(columns);

  return (
    <Card>
      <Flex vertical gap={16}>
        <PageTitle>{t('nav.audit')}</PageTitle>
        <AuditFilterForm
          onChange={(next) => {
            setFilters(next);
            setPage((current) => ({ ...current, current: 1 }));
          }}
        />
        {audit.isError && <ErrorAlert error={audit.error} onRetry={() => audit.refetch()} />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={fitted.columns}
          dataSource={audit.data?.items ?? []}
          loading={audit.isFetching}
          expandable={{
            columnTitle: <VisuallyHidden>{t('audit.changes')}</VisuallyHidden>,
            // The columns a phone has no room for, then what the change was.
            expandedRowRender: (entry, index, indent, expanded) => (
              <Flex vertical gap={8}>
                {fitted.expandable?.expandedRowRender?.(entry, index, indent, expanded)}
                <AuditChanges entry={entry} />
              </Flex>
            ),
          }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} /> }}
          pagination={{
            current: page.current,
            pageSize: page.size,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('audit.total', { count: formatNumberVi(total) }),
            onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
          }}
        />
      </Flex>
    </Card>
  );
}
