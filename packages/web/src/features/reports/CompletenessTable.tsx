import { Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { formatDateTimeVi, reportStatuses, reportStatusNames, type CompletenessRow } from '@danvan/shared';
import { compareVi } from '../../lib/collate';
import { useI18n } from '../../lib/i18n';
import { reportPath } from './reportLabels';
import { ReportStatusTag } from './ReportStatusTag';
import { TimelinessTag } from './TimelinessTag';

/** Every form of a round: unit, status, when it came in and whether on time; each unit opens its report. */
export function CompletenessTable({ roundId, rows }: { roundId: number; rows: CompletenessRow[] }) {
  const { t, lang } = useI18n();
  const columns: ColumnsType<CompletenessRow> = [
    {
      title: t('completeness.unit'),
      dataIndex: 'unitName',
      fixed: 'start',
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (name: string, row) => <Link to={reportPath(roundId, row.unitId)}>{name}</Link>,
    },
    {
      title: t('completeness.parent'),
      dataIndex: 'parentName',
      sorter: (a, b) => compareVi(a.parentName, b.parentName),
      render: (name: string | null) => name ?? '—',
    },
    {
      title: t('report.status'),
      dataIndex: 'status',
      filters: reportStatuses.map((status) => ({ text: reportStatusNames[status][lang], value: status })),
      onFilter: (value, row) => row.status === value,
      render: (_, row) => <ReportStatusTag status={row.status} />,
    },
    {
      title: t('report.submittedAt'),
      dataIndex: 'submittedAt',
      sorter: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
      render: (at: string | null) => (at ? formatDateTimeVi(at) : '—'),
    },
    {
      title: t('completeness.timeliness'),
      key: 'timeliness',
      filters: [
        { text: t('completeness.onTime'), value: 'onTime' },
        { text: t('completeness.submittedLate'), value: 'submittedLate' },
        { text: t('completeness.overdue'), value: 'overdue' },
      ],
      onFilter: (value, row) => {
        if (value === 'onTime') return row.onTime === true;
        if (value === 'submittedLate') return row.onTime === false;
        return row.onTime === null && row.late;
      },
      render: (_, row) => <TimelinessTag row={row} />,
    },
  ];

  return (
    <Table<CompletenessRow>
      rowKey="reportId"
      size="small"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('completeness.empty')} /> }}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
    />
  );
}
