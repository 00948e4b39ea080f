import { useMemo } from 'react';
import { Card, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatNumberVi, type DocumentSummary } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { auditKeys, fetchAudit, type AuditFilters } from '../audit/api';
import { useUnits } from '../units/hooks';
import { DocumentHistoryEntry } from './DocumentHistoryEntry';

const historyLimit = 500;

/** Who registered, edited and attached files to the document, newest first (leaders and admins). */
export function DocumentHistory({ doc }: { doc: DocumentSummary }) {
  const { t } = useI18n();
  const units = useUnits();
  const filters: AuditFilters = { entityType: 'document', entityId: String(doc.id) };
  const audit = useQuery({
    queryKey: auditKeys.page(filters, historyLimit, 0),
    queryFn: () => fetchAudit(filters, historyLimit, 0),
  });
  const entries = audit.data?.items ?? [];
  const unitNames = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  const truncated = (audit.data?.total ?? 0) > historyLimit;

  return (
    <Card title={t('document.history')}>
      {audit.isError ? (
        <ErrorAlert error={audit.error} onRetry={() => audit.refetch()} />
      ) : audit.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Flex vertical gap={12}>
          {entries.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('document.noHistory')} style={{ margin: 0 }} />
          ) : (
            <Timeline
              items={entries.map((entry) => ({
                key: entry.id,
                content: <DocumentHistoryEntry entry={entry} unitName={(id) => unitNames.get(id)} />,
              }))}
            />
          )}
          {truncated && (
            <Typography.Text type="secondary">
              {t('document.historyTruncated', { count: formatNumberVi(historyLimit) })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
