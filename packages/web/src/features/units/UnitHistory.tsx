import { useMemo } from 'react';
import { Typography } from 'antd';
import { formatDateVi, type UnitEvent } from '@danvan/shared';
import { HistoryTimeline } from '../../components/RecordHistory';
import { useI18n } from '../../lib/i18n';
import { eventDetailText } from './eventText';
import { useUnits } from '../../lib/units';

const colors: Record<UnitEvent['kind'], string> = {
  created: 'green',
  renamed: 'blue',
  moved: 'blue',
  closed: 'red',
  imported: 'gray',
};

/** The unit's lineage events, newest first. */
export function UnitHistory({ events }: { events: UnitEvent[] }) {
  const { t } = useI18n();
  const units = useUnits();
  const names = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])), [units.data]);

  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <HistoryTimeline
      emptyText={t('unit.noHistory')}
      items={sorted.map((event, index) => {
        const detail = eventDetailText(event, t, (id) => names.get(id));
        return {
          key: `${event.at}-${index}`,
          at: event.at,
          color: colors[event.kind],
          actor: event.actor,
          title: (
            <>
              {t(`event.${event.kind}`)}
              {event.effectiveOn && (
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {' · '}
                  {t('event.effective', { date: formatDateVi(event.effectiveOn) })}
                </Typography.Text>
              )}
            </>
          ),
          detail: detail && <Typography.Text>{detail}</Typography.Text>,
        };
      })}
    />
  );
}
