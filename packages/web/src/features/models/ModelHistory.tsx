import { Typography } from 'antd';
import { modelStatusNames, recognitionLevels, type AuditEntry, type ModelSummary } from '@danvan/shared';
import { RecordHistoryCard } from '../../components/RecordHistory';
import { useI18n, type Lang } from '../../lib/i18n';

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** A line saying what an entry did beyond its action: the score, the level, the photo's name. */
function detail(entry: AuditEntry, lang: Lang): string | null {
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
  return (
    <RecordHistoryCard
      title={t('models.history')}
      entityType="model"
      entityId={model.id}
      emptyText={t('models.noHistory')}
      detail={(entry) => {
        const text = detail(entry, lang);
        return text && <Typography.Text>{text}</Typography.Text>;
      }}
    />
  );
}
