import { RecordHistoryCard } from '../../components/RecordHistory';
import { useI18n } from '../../lib/i18n';

/** Who started, edited, submitted, returned and rated the assessment, newest first (leaders and admins). */
export function AssessmentHistory({ assessmentId }: { assessmentId: number }) {
  const { t } = useI18n();
  return <RecordHistoryCard title={t('democracy.history')} entityType="democracy_assessment" entityId={assessmentId} />;
}
