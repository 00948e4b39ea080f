import { Flex, Typography } from 'antd';
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

/** The indicator table as a list, for phones: one block per indicator, the own figure on its own line, then the area's total, last year and the change. */
export function IndicatorList({ rows, draft, layout }: Props) {
  const { t, lang } = useI18n();
  return (
    <Flex vertical>
      {rows.map((row) => (
        <Flex
          key={row.indicator.code}
          vertical
          gap={6}
          data-row-key={row.indicator.code}
          style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Text strong>
            {indicatorName(row.indicator, lang)}{' '}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              ({row.indicator.unitVi})
            </Typography.Text>
          </Typography.Text>
          {layout.split && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {layout.ownTitle}
            </Typography.Text>
          )}
          <OwnFigureCell row={row} draft={draft} layout={layout} />
          <Flex gap={12} wrap>
            {layout.split && (
              <span>
                <Typography.Text type="secondary">{t('report.total')}: </Typography.Text>
                <TotalFigure row={typedChange(row, draft?.figure(row) ?? null, shapeOf(layout))} />
              </span>
            )}
            <span>
              <Typography.Text type="secondary">{t('report.lastYear')}: </Typography.Text>
              <LastYearFigure row={row} inline />
            </span>
            <span>
              <Typography.Text type="secondary">{t('report.change')}: </Typography.Text>
              <FigureChange row={typedChange(row, draft?.figure(row) ?? null, shapeOf(layout))} />
            </span>
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
