import { Alert, Card, Col, Descriptions, Flex, List, Row, Table, Tag, Typography } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import {
  formatDateTimeVi,
  formatDateVi,
  taskPriorities,
  taskSourceKinds,
  taskStatuses,
  type TaskDetail,
  type TaskSummary,
} from '@danvan/shared';
import { DetailPage } from '../../components/DetailPage';
import { useFitColumns } from '../../components/fitColumns';
import { PageTitle, SectionTitle } from '../../components/PageTitle';
import { AuditHistory } from '../../components/RecordHistory';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { parseId } from '../../lib/parseId';
import { fetchTask, fetchTaskHistory, taskKeys } from './api';
import { BucketTag, DueText, ProgressText } from './taskLabels';
import { TaskActions } from './TaskActions';
import { TaskEvidence } from './TaskEvidence';
import { TaskGiverActions } from './TaskGiverActions';
import { taskMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([taskMessages]);

/** /tasks/:id — one task: what, who, when, its status bucket, the units' shares, reports, evidence, extensions. */
export function TaskPage() {
  const id = parseId(useParams().id);
  const task = useQuery({ queryKey: taskKeys.detail(id ?? 0), queryFn: id ? () => fetchTask(id) : skipToken });
  return (
    <DetailPage addressed={id !== null} query={task}>
      {(data) => <TaskView task={data} />}
    </DetailPage>
  );
}

function TaskView({ task }: { task: TaskDetail }) {
  const { t, pick } = useI18n();
  const history = useQuery({ queryKey: taskKeys.history(task.id), queryFn: () => fetchTaskHistory(task.id) });
  const isPhone = useIsPhone();
  // A phone shows each unit's share with its bucket (the one column that says what to chase); the deadline and
  // the progress behind the row's expander.
  const shares = useFitColumns<TaskSummary>([
    {
      key: 'owner',
      title: t('tasks.owner'),
      render: (_, child) => <Link to={`/tasks/${child.id}`}>{child.ownerUnitName}</Link>,
    },
    { key: 'due', title: t('tasks.due'), hideBelow: 'phone', render: (_, child) => <DueText task={child} /> },
    { key: 'bucket', title: t('tasks.bucket'), render: (_, child) => <BucketTag task={child} /> },
    {
      key: 'status',
      title: t('tasks.progress'),
      hideBelow: 'phone',
      render: (_, child) => pick(taskStatuses[child.status]),
    },
  ]);
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={12}>
          <Link to="/tasks">← {t('tasks.back')}</Link>
          <PageTitle>{task.title}</PageTitle>
          <Flex gap={8} wrap align="center">
            <BucketTag task={task} />
            <Tag>{pick(taskStatuses[task.status])}</Tag>
            <span>
              {t('tasks.progress')}: <ProgressText task={task} />
            </span>
          </Flex>
          {task.status === 'cancelled' && (
            <Alert
              type="warning"
              showIcon
              message={t('tasks.cancelledOn', {
                date: formatDateVi(task.cancelledOn ?? task.dueOn),
                reason: task.cancelReason,
              })}
            />
          )}
          <Flex gap={8} wrap>
            <TaskActions task={task} />
            <TaskGiverActions task={task} />
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'assigner', label: t('tasks.assigner'), children: task.assignerName },
              {
                key: 'owner',
                label: t('tasks.owner'),
                children: task.childCount > 0 ? t('tasks.unitsCount', { count: task.childCount }) : task.ownerUnitName,
              },
              { key: 'assignedOn', label: t('tasks.assignedOn'), children: formatDateVi(task.assignedOn) },
              { key: 'due', label: t('tasks.due'), children: <DueText task={task} /> },
              ...(task.completedOn
                ? [{ key: 'completed', label: t('tasks.completedOn'), children: formatDateVi(task.completedOn) }]
                : []),
              { key: 'priority', label: t('tasks.priority'), children: pick(taskPriorities[task.priority]) },
              {
                key: 'source',
                label: t('tasks.sourceKind'),
                children: <TaskSource task={task} />,
              },
              ...(task.ownerPerson
                ? [{ key: 'person', label: t('tasks.ownerPerson'), children: task.ownerPerson }]
                : []),
              ...(task.cooperatingUnits.length > 0
                ? [
                    {
                      key: 'coop',
                      label: t('tasks.cooperating'),
                      children: task.cooperatingUnits.map((u) => u.name).join('; '),
                    },
                  ]
                : []),
              ...(task.expectedResult
                ? [{ key: 'result', label: t('tasks.expectedResult'), children: task.expectedResult }]
                : []),
            ]}
          />
        </Flex>
      </Card>
      {task.children.length > 0 && (
        <Card>
          <SectionTitle>{t('tasks.children')}</SectionTitle>
          <Table<TaskSummary>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={isPhone ? undefined : { x: 'max-content' }}
            dataSource={task.children}
            columns={shares.columns}
            expandable={shares.expandable}
          />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card>
            <SectionTitle>{t('tasks.updates')}</SectionTitle>
            <List
              size="small"
              dataSource={task.updates}
              locale={{ emptyText: <Typography.Text type="secondary">{t('tasks.noUpdates')}</Typography.Text> }}
              renderItem={(update) => (
                <List.Item key={update.id}>
                  <Flex vertical gap={2}>
                    <Typography.Text strong>
                      {t(`tasks.update.${update.kind}`)}
                      {update.percent !== null && update.kind === 'progress' ? ` · ${update.percent}%` : ''}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {update.byName} · {formatDateTimeVi(update.at)}
                    </Typography.Text>
                    {update.note && (
                      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
                        {update.note}
                      </Typography.Paragraph>
                    )}
                    {update.documents.map((doc) => (
                      <Link key={doc.id} to={`/documents/${doc.id}`}>
                        {doc.symbol} — {doc.title}
                      </Link>
                    ))}
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Flex vertical gap={16}>
            <Card>
              <SectionTitle>{t('tasks.evidence')}</SectionTitle>
              <TaskEvidence task={task} />
            </Card>
            <Card>
              <SectionTitle>{t('tasks.extensions')}</SectionTitle>
              <List
                size="small"
                dataSource={task.extensions}
                locale={{ emptyText: <Typography.Text type="secondary">{t('tasks.noExtensions')}</Typography.Text> }}
                renderItem={(extension) => (
                  <List.Item key={extension.id}>
                    <Flex vertical gap={2}>
                      <Typography.Text strong>
                        {t('tasks.extensionLine', {
                          from: formatDateVi(extension.previousDue),
                          to: formatDateVi(extension.newDeadline),
                        })}{' '}
                        ·{' '}
                        {t(
                          extension.kind === 'change'
                            ? 'tasks.extension.change'
                            : `tasks.extension.${extension.status}`,
                        )}
                      </Typography.Text>
                      <span>{extension.reason}</span>
                      <Typography.Text type="secondary">
                        {extension.requestedBy} · {formatDateTimeVi(extension.requestedAt)}
                      </Typography.Text>
                      {/* A change by the giving unit was made and decided at once: its maker is named above. */}
                      {extension.decidedAt && extension.kind === 'request' && (
                        <Typography.Text type="secondary">
                          {extension.decidedBy} · {formatDateTimeVi(extension.decidedAt)}
                          {extension.comment ? `: ${extension.comment}` : ''}
                        </Typography.Text>
                      )}
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
            <Card>
              <SectionTitle>{t('tasks.history')}</SectionTitle>
              <AuditHistory history={history} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

/** Where the task comes from; a conference's conclusion leads back to the conference. */
function TaskSource({ task }: { task: TaskDetail }) {
  const { pick } = useI18n();
  const text = [pick(taskSourceKinds[task.sourceKind]), task.sourceText].filter(Boolean).join(': ');
  if (task.sourceKind === 'conference' && task.sourceRefId !== null)
    return <Link to={`/conferences/${task.sourceRefId}`}>{text}</Link>;
  return text;
}
