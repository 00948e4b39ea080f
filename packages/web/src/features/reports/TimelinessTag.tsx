import { Tag, Typography } from 'antd';
import type { CompletenessRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

/** "Đúng hạn", "Nộp muộn", or "Quá hạn" for a form still not in after the deadline. */
export function TimelinessTag({ row }: { row: Pick<CompletenessRow, 'onTime' | 'late'> }) {
  const { t } = useI18n();
  if (row.onTime === true) return <Tag color="green">{t('completeness.onTime')}</Tag>;
  if (row.onTime === false) return <Tag color="red">{t('completeness.submittedLate')}</Tag>;
  if (row.late) return <Tag color="orange">{t('completeness.overdue')}</Tag>;
  return <Typography.Text type="secondary">—</Typography.Text>;
}
