import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { FigureChange } from './FigureChange';
import { formatFigure } from './figures';
import { OwnFigureInput } from './OwnFigureInput';
import { indicatorName } from './reportLabels';
import type { ReportDraft } from './useReportDraft';

/** The indicators of one section: own figure (editable with a draft), area total, last year, change. */
export function IndicatorTable({ rows, draft }: { rows: ReportIndicatorRow[]; draft: ReportDraft | null }) {
  const { t, lang } = useI18n();
  const columns: ColumnsType<ReportIndicatorRow> = [
    {
      title: t('report.indicator'),
      key: 'name',
      width: 300,
      render: (_, row) => indicatorName(row.indicator, lang),
    },
    {
      title: t('report.unitOfMeasure'),
      key: 'unit',
      width: 90,
      render: (_, row) => <Typography.Text type="secondary">{row.indicator.unitVi}</Typography.Text>,
    },
    {
      title: t('report.own'),
      key: 'own',
      width: 230,
      render: (_, row) => <OwnFigureInput row={row} draft={draft} />,
    },
    {
      title: t('report.total'),
      key: 'total',
      align: 'end',
      width: 110,
      render: (_, row) => <span data-testid="figure-total">{formatFigure(row.indicator, row.total)}</span>,
    },
    {
      title: t('report.lastYear'),
      key: 'lastYear',
      align: 'end',
      width: 110,
      render: (_, row) => formatFigure(row.indicator, row.lastYear),
    },
    {
      title: t('report.change'),
      key: 'change',
      align: 'end',
      width: 140,
      render: (_, row) => <FigureChange row={row} />,
    },
  ];

  return (
    <Table<ReportIndicatorRow>
      rowKey={(row) => row.indicator.code}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
