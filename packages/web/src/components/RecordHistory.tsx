import type { Key, ReactNode } from 'react';
import { Card, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatDateTimeVi, formatNumberVi, type AuditEntityType, type AuditEntry } from '@danvan/shared';
import { api } from '../lib/api';
import { actionLabel } from '../lib/auditLabels';
import { useI18n } from '../lib/i18n';
import { ErrorAlert } from './ErrorAlert';

export interface HistoryItem {
  key: Key;
  /** When it was recorded (ISO time). */
  at: string;
  title: ReactNode;
  actor: string | null;
  detail?: ReactNode;
  color?: string;
}

/** A record's changes, newest first: when, what and by whom, then what else the change says. */
export function HistoryTimeline({ items, emptyText }: { items: HistoryItem[]; emptyText?: string }) {
  const { t } = useI18n();
  if (items.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('history.empty')} style={{ margin: 0 }} />
    );
  }
  return (
    <Timeline
      items={items.map((item) => ({
        key: item.key,
        color: item.color,
        content: (
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">{formatDateTimeVi(item.at)}</Typography.Text>
            <Typography.Text>
              <Typography.Text strong>{item.title}</Typography.Text>{' '}
              {item.actor ? t('history.by', { actor: item.actor }) : t('history.system')}
            </Typography.Text>
            {item.detail}
          </Flex>
        ),
      }))}
    />
  );
}

/** What a query of history entries looks like to the card: loading, failed, or the entries. */
export interface HistoryQuery {
  data: AuditEntry[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Audited changes of one record, whichever endpoint served them: each action in words, with an optional detail. */
export function AuditHistory({
  history,
  emptyText,
  detail,
}: {
  history: HistoryQuery;
  emptyText?: string;
  detail?: (entry: AuditEntry) => ReactNode;
}) {
  const { lang } = useI18n();
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => history.refetch()} />;
  if (history.isPending || !history.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <HistoryTimeline
      emptyText={emptyText}
      items={history.data.map((entry) => ({
        key: entry.id,
        at: entry.at,
        title: actionLabel(entry.action, lang),
        actor: entry.actorName,
        detail: detail?.(entry),
      }))}
    />
  );
}

const historyLimit = 500;

/** The card of a record's history from the audit log (for those who may read it), newest first. */
export function RecordHistoryCard({
  title,
  entityType,
  entityId,
  emptyText,
  detail,
}: {
  title: ReactNode;
  entityType: AuditEntityType;
  entityId: number;
  emptyText?: string;
  detail?: (entry: AuditEntry) => ReactNode;
}) {
  const { t } = useI18n();
  // Under the audit log's key, so what invalidates the log refreshes the card too.
  const audit = useQuery({
    queryKey: ['audit', entityType, entityId],
    queryFn: () =>
      api<{ total: number; items: AuditEntry[] }>('/api/audit', {
        query: { entityType, entityId: String(entityId), limit: historyLimit },
      }),
  });
  return (
    <Card title={title}>
      <Flex vertical gap={12}>
        <AuditHistory history={{ ...audit, data: audit.data?.items }} emptyText={emptyText} detail={detail} />
        {(audit.data?.total ?? 0) > historyLimit && (
          <Typography.Text type="secondary">
            {t('history.truncated', { count: formatNumberVi(historyLimit) })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
