import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { childFigure, type ChildRollup, type ReportView } from '@danvan/shared';
import { compareVi } from '../../lib/collate';
import { useI18n } from '../../lib/i18n';
import { formatFigure } from './figures';
import { indicatorName, keyIndicatorCodes, reportPath } from './reportLabels';
import { ReportStatusTag } from './ReportStatusTag';

/** Drill-down: each child unit's status and key figures (approved ones only); names open the child's report. */
export function ChildrenTable({ view }: { view: ReportView }) {
  const { t, lang } = useI18n();
  const keyRows = keyIndicatorCodes
    .map((code) => view.rows.findIndex((row) => row.indicator.code === code))
    .filter((index) => index >= 0)
    .map((index) => ({ index, indicator: view.rows[index].indicator }));

  const columns: ColumnsType<ChildRollup> = [
    {
      title: t('completeness.unit'),
      dataIndex: 'unitName',
      fixed: 'start',
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (name: string, child) => <Link to={reportPath(view.round.id, child.unitId)}>{name}</Link>,
    },
    {
      title: t('report.status'),
      dataIndex: 'status',
      render: (_, child) => <ReportStatusTag status={child.status} />,
    },
    ...keyRows.map(({ index, indicator }): ColumnsType<ChildRollup>[number] => ({
      title: `${indicatorName(indicator, lang)} (${indicator.unitVi})`,
      key: indicator.code,
      align: 'end',
      width: 150,
      render: (_, child) => formatFigure(indicator, childFigure(child, index)),
    })),
  ];

  return (
    <Table<ChildRollup>
      rowKey="unitId"
      size="small"
      columns={columns}
      dataSource={view.children}
      scroll={{ x: 'max-content' }}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
    />
  );
}
