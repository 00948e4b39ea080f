import { Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatDateTimeVi, type AuditEntry } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { actionLabel } from '../../lib/auditLabels';

/** Who started, edited, submitted, returned and rated the assessment, newest first (leaders and admins). */
export function AssessmentHistory({ assessmentId }: { assessmentId: number }) {
  const { t, lang } = useI18n();
  const audit = useQuery({
    queryKey: ['audit', 'democracy_assessment', assessmentId],
    queryFn: () =>
      api<{ total: number; items: AuditEntry[] }>('/api/audit', {
        query: { entityType: 'democracy_assessment', entityId: String(assessmentId), limit: 200 },
      }),
  });
  return (
    <Card size="small" title={t('democracy.history')}>
      {audit.isError ? (
        <ErrorAlert error={audit.error} onRetry={() => audit.refetch()} />
      ) : audit.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : audit.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ margin: 0 }} />
      ) : (
        <Timeline
          items={audit.data.items.map((entry) => ({
            key: entry.id,
            content: (
              <Typography.Text>
                {formatDateTimeVi(entry.at)} — {entry.actorUsername ?? '—'}: {actionLabel(entry.action, lang)}
              </Typography.Text>
            ),
          }))}
        />
      )}
    </Card>
  );
}
