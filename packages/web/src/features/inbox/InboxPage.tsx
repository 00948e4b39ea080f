import { Alert, Badge, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { formatDateVi, type InboxGroup, type InboxGroupKey, type InboxItem } from '@danvan/shared';
import { today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { linkPath, useInbox } from './api';
import { inboxMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([inboxMessages]);

/** Where the whole list of a group's records lives, for the items beyond the first ones. */
const groupPaths: Record<InboxGroupKey, string> = {
  reportsToWrite: '/reports',
  reportsReturned: '/reports',
  reportsToApprove: '/reports',
  assessmentsToRate: '/democracy?status=submitted',
  modelsToEvaluate: '/models?status=registered',
  tasksOverdue: '/tasks?bucket=overdue&role=owned',
  tasksDueSoon: '/tasks?bucket=in_progress&role=owned',
  tasksToAccept: '/tasks?role=assigned&flat=1',
  taskExtensionsToDecide: '/tasks?role=assigned&flat=1',
  tasksGivenOverdue: '/tasks?role=assigned&flat=1&bucket=overdue',
  nominationsToApprove: '/commendations',
  nominationsDue: '/commendations',
  bridgePointsToFill: '/conferences',
  minutesToApprove: '/conferences?status=held',
};

/** The groups whose items' dates are deadlines; the others' are the day the work has waited since. */
const deadlineGroups: readonly InboxGroupKey[] = [
  'reportsToWrite',
  'reportsReturned',
  'tasksOverdue',
  'tasksDueSoon',
  'tasksGivenOverdue',
  'nominationsDue',
];

/** The home screen: what the account has to act on, group by group, the oldest deadline first. */
export function InboxPage() {
  const { t } = useI18n();
  const inbox = useInbox();

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('inbox.intro')}</Typography.Paragraph>
      </div>
      {inbox.isPending ? (
        <Skeleton active />
      ) : inbox.isError ? (
        <Alert type="error" showIcon title={t('inbox.loadFailed')} />
      ) : inbox.data.groups.length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />
        </Card>
      ) : (
        inbox.data.groups.map((group) => <GroupCard key={group.key} group={group} />)
      )}
    </Flex>
  );
}

function GroupCard({ group }: { group: InboxGroup }) {
  const { t } = useI18n();
  const headingId = `inbox-${group.key}`;
  const more = group.count - group.items.length;
  return (
    <Card
      size="small"
      title={
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 17 }}>
            {t(`inbox.group.${group.key}`)}
          </Typography.Title>
          <Badge count={group.count} overflowCount={999} color="#1f4e99" aria-hidden />
        </Flex>
      }
    >
      <ul aria-labelledby={headingId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {group.items.map((item) => (
          <ItemRow key={linkPath(item.link)} item={item} deadline={deadlineGroups.includes(group.key)} />
        ))}
      </ul>
      {more > 0 && (
        <Link to={groupPaths[group.key]} style={{ display: 'inline-block', marginTop: 8 }}>
          {t('inbox.more', { count: more })}
        </Link>
      )}
    </Card>
  );
}

function ItemRow({ item, deadline }: { item: InboxItem; deadline: boolean }) {
  const { t } = useI18n();
  const title = item.link.kind === 'assessment' ? t('inbox.assessmentTitle', { year: item.link.year }) : item.title;
  const daysLate = today().diff(dayjs(item.date), 'day');
  const when = item.overdue
    ? `${t('inbox.deadline', { date: formatDateVi(item.date) })} · ${t('inbox.overdue', { days: daysLate })}`
    : item.link.kind === 'report' || deadline
      ? t('inbox.deadline', { date: formatDateVi(item.date) })
      : t('inbox.since', { date: formatDateVi(item.date) });
  return (
    <li
      style={{
        padding: '10px 0 10px 12px',
        borderTop: '1px solid #f0f0f0',
        // The overdue ones also say so in words: the colour only repeats it.
        borderInlineStart: `4px solid ${item.overdue ? '#c62828' : 'transparent'}`,
      }}
    >
      <Link to={linkPath(item.link)} style={{ fontWeight: 600 }}>
        {title}
      </Link>
      <div>{item.unitName}</div>
      <div style={item.overdue ? { color: '#b71c1c', fontWeight: 600 } : undefined}>{when}</div>
      {item.comment && <div style={{ fontStyle: 'italic' }}>{t('inbox.comment', { comment: item.comment })}</div>}
    </li>
  );
}
