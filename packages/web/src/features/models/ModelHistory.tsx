import { Card, Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import {
  formatDateTimeVi,
  modelStatusNames,
  recognitionLevels,
  type AuditEntry,
  type ModelSummary,
} from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { actionLabel } from '../../lib/auditLabels';
import { auditKeys, fetchAudit, type AuditFilters } from '../audit/api';

const historyLimit = 200;

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** A line saying what an entry did beyond its action: the score, the level, the photo's name. */
function detail(entry: AuditEntry, lang: 'vi' | 'en'): string | null {
  const after = entry.after;
  if (entry.action === 'model.evaluate')
    return `${String(field(after, 'score'))}/100${field(after, 'comment') ? ` — ${String(field(after, 'comment'))}` : ''}`;
  if (entry.action === 'model.recognise') {
    const level = field(after, 'level');
    return typeof level === 'string' && level in recognitionLevels
      ? recognitionLevels[level as keyof typeof recognitionLevels][lang]
      : null;
  }
  if (entry.action === 'model.reject') return modelStatusNames.not_recognised[lang];
  if (entry.action === 'model.photo.add') return String(field(after, 'fileName') ?? '');
  if (entry.action === 'model.photo.remove') return String(field(entry.before, 'fileName') ?? '');
  return null;
}

/** Who registered, edited, evaluated, recognised the model and added or removed photos (leaders and admins). */
export function ModelHistory({ model }: { model: ModelSummary }) {
  const { t, lang } = useI18n();
  const filters: AuditFilters = { entityType: 'model', entityId: String(model.id) };
  const audit = useQuery({
    queryKey: auditKeys.page(filters, historyLimit, 0),
    queryFn: () => fetchAudit(filters, historyLimit, 0),
  });

  return (
    <Card title={t('models.history')}>
      {audit.isError ? (
        <ErrorAlert error={audit.error} onRetry={() => audit.refetch()} />
      ) : audit.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : audit.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('models.noHistory')} style={{ margin: 0 }} />
      ) : (
        <Timeline
          items={audit.data.items.map((entry) => ({
            key: entry.id,
            content: (
              <Flex vertical gap={2}>
                <Typography.Text type="secondary">{formatDateTimeVi(entry.at)}</Typography.Text>
                <Typography.Text>
                  <Typography.Text strong>{actionLabel(entry.action, lang)}</Typography.Text>{' '}
                  {entry.actorUsername ? t('event.by', { actor: entry.actorUsername }) : t('audit.system')}
                </Typography.Text>
                {detail(entry, lang) && <Typography.Text>{detail(entry, lang)}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
