import { keyIndicatorCodes, type ReportView } from '@danvan/shared';
import type { Completeness } from './api';

// No import of reportLabels here: this file is in the first download (app/router.tsx prefetches a dashboard's data).

export { keyIndicatorCodes };

/** The report a round's dashboard draws its charts from: the opener's when the account sees it, else its own unit's. */
export function focusUnitId(completeness: Completeness, scopeUnitId: number): number | null {
  const { round, rows } = completeness;
  if (rows.some((row) => row.unitId === round.openerUnitId)) return round.openerUnitId;
  if (rows.some((row) => row.unitId === scopeUnitId)) return scopeUnitId;
  return null;
}

/** The indicator the trend chart shows first: the first key indicator the report has. */
export function firstTrendIndicator(view: ReportView): string | undefined {
  return (
    keyIndicatorCodes.find((c) => view.rows.some((row) => row.indicator.code === c)) ?? view.rows[0]?.indicator.code
  );
}
