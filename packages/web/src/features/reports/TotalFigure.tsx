import type { ReportIndicatorRow } from '@danvan/shared';
import { leadingFigure } from './figureLayout';
import { formatFigure } from './figures';

/** The whole area's figure ("toàn địa bàn"), bold when the row leads with it. */
export function TotalFigure({ row }: { row: Pick<ReportIndicatorRow, 'indicator' | 'total'> }) {
  return (
    <span data-testid="figure-total" style={leadingFigure(row, true) === 'total' ? { fontWeight: 600 } : undefined}>
      {formatFigure(row.indicator, row.total)}
    </span>
  );
}
