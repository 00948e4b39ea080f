import { Empty, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateVi, type CompletenessRow, type RoundSummary } from '@danvan/shared';
import { useFitColumns, type FitColumn } from '../../components/fitColumns';
import { compareVi } from '../../lib/collate';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { periodText, reportPath, templateLabel } from './reportLabels';
import { ReportStatusTag } from './ReportStatusTag';
import { RoundProgress } from './RoundProgress';

interface Props {
  rounds: RoundSummary[];
  loading: boolean;
  /** The account's own report per round id, where it is a reporting unit. */
  own: Map<number, CompletenessRow>;
}

const unique = <T,>(values: T[]) => [...new Set(values)];

export function RoundsTable({ rounds, loading, own }: Props) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const ownStatus = (round: RoundSummary) => {
    const report = own.get(round.id);
    if (!report) return <Typography.Text type="secondary">—</Typography.Text>;
    return <ReportStatusTag status={report.status} />;
  };
  const link = (round: RoundSummary) => {
    const report = own.get(round.id);
    return report ? reportPath(round.id, report.unitId) : `/reports/${round.id}`;
  };

  const columns: FitColumn<RoundSummary>[] = [
    {
      title: t('round.title'),
      dataIndex: 'title',
      width: 250,
      sorter: (a, b) => compareVi(a.title, b.title),
      // A phone has room for the title only: the account's own report's state goes under it.
      render: (title: string, round) =>
        isPhone && own.size > 0 ? (
          <Flex vertical gap={4} align="start">
            <Link to={link(round)}>{title}</Link>
            {ownStatus(round)}
          </Flex>
        ) : (
          <Link to={link(round)}>{title}</Link>
        ),
    },
    {
      title: t('round.year'),
      dataIndex: 'year',
      width: 80,
      hideBelow: 'wide',
      sorter: (a, b) => a.year - b.year,
      filters: unique(rounds.map((round) => round.year))
        .sort((a, b) => b - a)
        .map((year) => ({ text: String(year), value: year })),
      onFilter: (value, round) => round.year === value,
    },
    {
      title: t('round.template'),
      key: 'template',
      width: 140,
      hideBelow: 'wide',
      filters: unique(rounds.map((round) => round.template)).map((template) => ({
        text: t(`round.templateKind.${template}`),
        value: template,
      })),
      onFilter: (value, round) => round.template === value,
      sorter: (a, b) => a.template.localeCompare(b.template) || a.periodIndex - b.periodIndex,
      render: (_, round) => templateLabel(round, t),
    },
    {
      title: t('round.opener'),
      dataIndex: 'openerUnitName',
      hideBelow: 'wide',
      sorter: (a, b) => compareVi(a.openerUnitName, b.openerUnitName),
    },
    {
      title: t('round.period'),
      key: 'period',
      hideBelow: 'phone',
      render: (_, round) => <span style={{ whiteSpace: 'nowrap' }}>{periodText(round)}</span>,
    },
    {
      title: t('round.deadline'),
      dataIndex: 'deadline',
      hideBelow: 'phone',
      sorter: (a, b) => a.deadline.localeCompare(b.deadline),
      render: (deadline: string) => formatDateVi(deadline),
    },
    {
      title: t('round.progressTitle'),
      key: 'progress',
      hideBelow: 'phone',
      render: (_, round) => <RoundProgress round={round} />,
    },
  ];
  // The account's own report matters most to a reporting unit: right after the round's title.
  if (own.size > 0 && !isPhone) {
    columns.splice(1, 0, { title: t('round.ownReport'), key: 'own', render: (_, round) => ownStatus(round) });
  }
  const fitted = useFitColumns(columns);

  return (
    <Table<RoundSummary>
      rowKey="id"
      size="middle"
      columns={fitted.columns}
      expandable={fitted.expandable}
      dataSource={rounds}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('round.empty')} /> }}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
    />
  );
}
