import { Flex, Typography } from 'antd';
import type { ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { FigureChange } from './FigureChange';
import { formatFigure } from './figures';
import { OwnFigureInput } from './OwnFigureInput';
import { indicatorName } from './reportLabels';
import type { ReportDraft } from './useReportDraft';

/** The indicator table as a list, for phones: one block per indicator, the own figure on its own line. */
export function IndicatorList({ rows, draft }: { rows: ReportIndicatorRow[]; draft: ReportDraft | null }) {
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
          <OwnFigureInput row={row} draft={draft} />
          <Flex gap={12} wrap>
            <span>
              <Typography.Text type="secondary">{t('report.total')}: </Typography.Text>
              <span data-testid="figure-total">{formatFigure(row.indicator, row.total)}</span>
            </span>
            <span>
              <Typography.Text type="secondary">{t('report.lastYear')}: </Typography.Text>
              {formatFigure(row.indicator, row.lastYear)}
            </span>
            <span>
              <Typography.Text type="secondary">{t('report.change')}: </Typography.Text>
              <FigureChange row={row} />
            </span>
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
