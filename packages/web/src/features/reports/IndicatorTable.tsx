import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { FigureChange } from './FigureChange';
import { shapeOf, typedChange } from './typedChange';
import type { FigureLayout } from './figureLayout';
import { LastYearFigure } from './LastYearFigure';
import { OwnFigureCell } from './OwnFigureCell';
import { indicatorName } from './reportLabels';
import { TotalFigure } from './TotalFigure';
import type { ReportDraft } from './useReportDraft';

interface Props {
  rows: ReportIndicatorRow[];
  draft: ReportDraft | null;
  layout: FigureLayout;
}

/**
 * The indicators of one section: the own figure (editable with a draft) with its checks, beside it
 * the area's total when there are units below, last year like for like, and the change.
 */
export function IndicatorTable({ rows, draft, layout }: Props) {
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
      title: layout.ownTitle,
      key: 'own',
      width: 230,
      render: (_, row) => <OwnFigureCell row={row} draft={draft} layout={layout} />,
    },
    ...(layout.split
      ? [
          {
            title: t('report.total'),
            key: 'total',
            align: 'end' as const,
            width: 110,
            render: (_: unknown, row: ReportIndicatorRow) => (
              <TotalFigure row={typedChange(row, draft?.figure(row) ?? null, shapeOf(layout))} />
            ),
          },
        ]
      : []),
    {
      title: t('report.lastYear'),
      key: 'lastYear',
      align: 'end',
      width: 120,
      render: (_, row) => <LastYearFigure row={row} />,
    },
    {
      title: t('report.change'),
      key: 'change',
      align: 'end',
      width: 140,
      render: (_, row) => <FigureChange row={typedChange(row, draft?.figure(row) ?? null, shapeOf(layout))} />,
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
