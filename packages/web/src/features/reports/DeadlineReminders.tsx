import { Alert, Flex } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateVi, type CompletenessRow, type RoundSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { daysToDeadline, reportPath } from './reportLabels';

const remindDays = 3;

/** Warns about the account's own reports not yet submitted whose deadline is near (3 days) or past. */
export function DeadlineReminders({ rounds, own }: { rounds: RoundSummary[]; own: Map<number, CompletenessRow> }) {
  const { t } = useI18n();
  const due = rounds
    .map((round) => ({ round, report: own.get(round.id), days: daysToDeadline(round.deadline) }))
    .filter(
      ({ report, days }) =>
        report !== undefined && (report.status === 'draft' || report.status === 'returned') && days <= remindDays,
    );
  if (due.length === 0) return null;

  return (
    <Flex vertical gap={8}>
      {due.map(({ round, report, days }) => (
        <Alert
          key={round.id}
          type="warning"
          showIcon
          title={t(days < 0 ? 'reminder.overdue' : 'reminder.dueSoon', {
            title: round.title,
            deadline: formatDateVi(round.deadline),
            days,
          })}
          description={report?.status === 'returned' ? t('reminder.returned') : undefined}
          action={report && <Link to={reportPath(round.id, report.unitId)}>{t('reminder.openReport')}</Link>}
        />
      ))}
    </Flex>
  );
}
