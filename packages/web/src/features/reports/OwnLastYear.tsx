import { Typography } from 'antd';
import type { ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { formatFigure, formatSigned } from './figures';

/** Under the body's own figure: its own figure of last year and the change ("Cùng kỳ: 12 · +3 (+25%)"). */
export function OwnLastYear({
  row,
}: {
  row: Pick<ReportIndicatorRow, 'indicator' | 'ownLastYear' | 'ownDifference' | 'ownPercentChange'>;
}) {
  const { t } = useI18n();
  if (row.ownLastYear.value === null) return null;
  const change =
    row.ownDifference === null || row.ownDifference === 0
      ? ''
      : ` · ${formatSigned(row.ownDifference)}${row.ownPercentChange !== null ? ` (${formatSigned(row.ownPercentChange)}%)` : ''}`;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="figure-own-last-year">
      {t('figures.ownLastYear', { value: formatFigure(row.indicator, row.ownLastYear) })}
      {change}
    </Typography.Text>
  );
}
