import { useMemo } from 'react';
import type { DocumentSummary } from '@danvan/shared';
import { RecordHistoryCard } from '../../components/RecordHistory';
import { useI18n } from '../../lib/i18n';
import { useUnits } from '../../lib/units';
import { DocumentChangeDetail } from './DocumentChangeDetail';

/** Who registered, edited and attached files to the document, newest first (leaders and admins). */
export function DocumentHistory({ doc }: { doc: DocumentSummary }) {
  const { t } = useI18n();
  const units = useUnits();
  const unitNames = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  return (
    <RecordHistoryCard
      title={t('document.history')}
      entityType="document"
      entityId={doc.id}
      detail={(entry) => <DocumentChangeDetail entry={entry} unitName={(id) => unitNames.get(id)} />}
    />
  );
}
