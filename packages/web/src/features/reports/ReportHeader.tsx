import { Alert, Breadcrumb, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTimeVi, formatDateVi, formatNumberVi, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { periodText } from './reportLabels';
import { ReportStatusTag } from './ReportStatusTag';
import { PageTitle } from '../../components/PageTitle';

/** Unit, round, status and dates of a report; a return comment and lateness stand out above the form. */
export function ReportHeader({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const { round } = view;
  const deadline = formatDateVi(round.deadline);

  return (
    <Card>
      <Flex vertical gap={12}>
        <Breadcrumb
          items={[
            { key: 'reports', title: <Link to="/reports">{t('nav.reports')}</Link> },
            { key: 'round', title: <Link to={`/reports/${round.id}`}>{round.title}</Link> },
            { key: 'unit', title: view.unit.name },
          ]}
        />
        <Flex align="center" gap={12} wrap>
          <PageTitle>{view.unit.name}</PageTitle>
          <ReportStatusTag status={view.status} />
          {view.version > 1 && <Tag>{t('report.version', { version: view.version })}</Tag>}
        </Flex>
        <Typography.Text type="secondary">{round.title}</Typography.Text>
        {view.returnComment && (
          <Alert
            type={view.status === 'returned' ? 'error' : 'info'}
            showIcon
            title={t(view.status === 'returned' ? 'report.returnedWith' : 'report.returnedEarlier', {
              comment: view.returnComment,
            })}
          />
        )}
        {view.approvedAbove && (
          <Alert
            type="info"
            showIcon
            title={t(view.status === 'approved' ? 'report.lockedAboveApproved' : 'report.lockedAboveSubmitted', {
              unit: view.approvedAbove,
            })}
          />
        )}
        {view.late && (
          <Alert
            type="warning"
            showIcon
            title={t(view.submittedAt ? 'report.submittedLate' : 'report.overdue', { deadline })}
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'period', label: t('round.period'), children: periodText(round) },
            { key: 'deadline', label: t('round.deadline'), children: deadline },
            {
              key: 'included',
              label: t('report.included'),
              // A ward with nothing below has only its own figures: "từ 0/1 báo cáo đã duyệt" would say nothing.
              children:
                view.included.expected > 1
                  ? t('report.includedValue', {
                      approved: formatNumberVi(view.included.approved),
                      expected: formatNumberVi(view.included.expected),
                    })
                  : t('report.includedOwnOnly'),
            },
            ...(view.submittedAt
              ? [{ key: 'submitted', label: t('report.submittedAt'), children: formatDateTimeVi(view.submittedAt) }]
              : []),
            ...(view.approvedAt
              ? [{ key: 'approved', label: t('report.approvedAt'), children: formatDateTimeVi(view.approvedAt) }]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}
