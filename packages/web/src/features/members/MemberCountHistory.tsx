import { Drawer } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { AuditEntry, MemberCountSummary } from '@danvan/shared';
import { AuditHistory } from '../../components/RecordHistory';
import { fetchMemberCountHistory, memberKeys } from './api';
import { useI18n, type Translate } from '../../lib/i18n';

const fields = ['members', 'admitted', 'left', 'referredToParty', 'note'] as const;

function changes(entry: AuditEntry, t: Translate): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  return fields
    .filter((field) => entry.before === null || before[field] !== after[field])
    .filter((field) => after[field] !== undefined && after[field] !== '')
    .map((field) =>
      entry.before === null
        ? `${t(`members.${field}`)}: ${String(after[field])}`
        : `${t(`members.${field}`)}: ${String(before[field] ?? '—')} → ${String(after[field])}`,
    );
}

/** Who recorded and corrected an entry, newest first. */
export function MemberCountHistory({ entry, onClose }: { entry: MemberCountSummary | null; onClose: () => void }) {
  const { t } = useI18n();
  const history = useQuery({
    queryKey: memberKeys.history(entry?.id ?? 0),
    queryFn: () => fetchMemberCountHistory(entry?.id ?? 0),
    enabled: entry !== null,
  });
  return (
    <Drawer open={entry !== null} onClose={onClose} title={`${t('members.historyTitle')}: ${entry?.unitName ?? ''}`}>
      <AuditHistory
        history={history}
        detail={(item) => (
          <>
            {changes(item, t).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </>
        )}
      />
    </Drawer>
  );
}
