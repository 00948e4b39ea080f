import { Empty } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTimeVi, reportStatuses, reportStatusNames, type CompletenessRow } from '@danvan/shared';
import { LightTable, type LightColumn } from '../../components/LightTable';
import { compareVi } from '../../lib/collate';
import { useI18n } from '../../lib/i18n';
import { reportPath } from './reportLabels';
import { ReportStatusTag } from './ReportStatusTag';
import { TimelinessTag } from './TimelinessTag';

/** Every form of a round: unit, status, when it came in and whether on time; each unit opens its report. */
export function CompletenessTable({ roundId, rows }: { roundId: number; rows: CompletenessRow[] }) {
  const { t, lang } = useI18n();
  const columns: LightColumn<CompletenessRow>[] = [
    {
      key: 'unit',
      title: t('completeness.unit'),
      sticky: true,
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (row) => <Link to={reportPath(roundId, row.unitId)}>{row.unitName}</Link>,
    },
    {
      key: 'parent',
      title: t('completeness.parent'),
      sorter: (a, b) => compareVi(a.parentName, b.parentName),
      render: (row) => row.parentName ?? '—',
    },
    {
      key: 'status',
      title: t('report.status'),
      filters: reportStatuses.map((status) => ({ text: reportStatusNames[status][lang], value: status })),
      onFilter: (value, row) => row.status === value,
      render: (row) => <ReportStatusTag status={row.status} />,
    },
    {
      key: 'submittedAt',
      title: t('report.submittedAt'),
      sorter: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
      render: (row) => (row.submittedAt ? formatDateTimeVi(row.submittedAt) : '—'),
    },
    {
      key: 'timeliness',
      title: t('completeness.timeliness'),
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
      render: (row) => <TimelinessTag row={row} />,
    },
  ];

  return (
    <LightTable<CompletenessRow>
      label={t('dashboard.completeness')}
      size="small"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.reportId}
      emptyText={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('completeness.empty')} />}
    />
  );
}
