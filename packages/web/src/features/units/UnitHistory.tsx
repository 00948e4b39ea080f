import { useMemo } from 'react';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { formatDateTimeVi, formatDateVi, type UnitEvent } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { eventDetailText } from './eventText';
import { useUnits } from './hooks';

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

  if (events.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.noHistory')} />;
  }

  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      items={sorted.map((event, index) => {
        const detail = eventDetailText(event, t, (id) => names.get(id));
        const recorded = [
          t('event.recorded', { time: formatDateTimeVi(event.at) }),
          event.actor ? t('event.by', { actor: event.actor }) : null,
        ]
          .filter(Boolean)
          .join(' ');
        return {
          key: `${event.at}-${index}`,
          color: colors[event.kind],
          content: (
            <Flex vertical gap={2}>
              <Typography.Text strong>
                {t(`event.${event.kind}`)}
                {event.effectiveOn && (
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {' · '}
                    {t('event.effective', { date: formatDateVi(event.effectiveOn) })}
                  </Typography.Text>
                )}
              </Typography.Text>
              {detail && <Typography.Text>{detail}</Typography.Text>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {recorded}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}
