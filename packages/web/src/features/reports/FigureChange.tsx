import { Tooltip, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import { comparedOverFewer } from './figureLayout';
import { formatFigure, formatSigned, missingText } from './figures';
import { visuallyHidden } from '../../components/VisuallyHidden';
import type { ChangeRow } from './typedChange';

const colors = { up: '#237804', down: '#cf1322', same: undefined };
/** Below this base a change is given in cases, never in percent (as the Word document and the narrative). */
const SMALL_BASE = 10;

/**
 * The change against last year, like for like, green up and red down: with the percent from a base
 * of 10 up, in percentage points for a coverage ("+12,5 điểm"). When the comparison is over
 * fewer units than the total, a tooltip gives the two figures compared.
 */
const showsPercent = (row: ChangeRow) =>
  row.percentChange !== null &&
  row.difference !== 0 &&
  row.indicator.unitVi !== '%' &&
  Math.abs(row.comparable.lastYear.value ?? 0) >= SMALL_BASE;

export function FigureChange({ row }: { row: ChangeRow }) {
  const { t } = useI18n();
  const coverage = row.indicator.aggregation === 'coverage';
  const change = coverage ? row.rateChange : row.difference;
  if (change === null) return <Typography.Text type="secondary">{missingText}</Typography.Text>;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const text = coverage
    ? t('figures.points', { value: formatSigned(change) })
    : `${formatSigned(change)}${showsPercent(row) ? ` (${formatSigned(row.percentChange as number)}%)` : ''}`;
  const shown = (
    <Typography.Text style={{ color: colors[direction], whiteSpace: 'nowrap' }} data-testid="figure-change">
      {text}
    </Typography.Text>
  );
  if (!comparedOverFewer(row)) return shown;
  const hint = t('figures.comparedOver', {
    current: formatFigure(row.indicator, row.comparable.current),
    lastYear: formatFigure(row.indicator, row.comparable.lastYear),
  });
  return (
    <Tooltip title={hint}>
      <span style={{ borderBottom: '1px dotted #bfbfbf', cursor: 'help' }}>
        {shown}
        <span style={visuallyHidden}> ({hint})</span>
      </span>
    </Tooltip>
  );
}
