import { keyIndicatorCodes, type ReportView } from '@danvan/shared';
import type { ChartBox } from '../../lib/frameLayout';
import type { Completeness } from './api';

// What a round's dashboard shows first, and where: the page draws it, and app/router.tsx asks for its data and its
// charts' pictures ahead (prefetchRoundDashboard.ts). No import of reportLabels here: this file is in the first download.

export { keyIndicatorCodes };

/** The gap between the dashboard's cards (RoundDashboardPage.tsx's Row). */
export const dashboardGutter = 16;

/** Around the children and year-comparison charts: side by side from `xl` (Col xl={12}), each in a card. */
export const halfWidthChart: ChartBox[] = [{ columns: 2, gutter: dashboardGutter, from: 'xl' }, 'card'];

/** Around the trend chart: a card the width of the page. */
export const fullWidthChart: ChartBox[] = ['card'];

/** The report a round's dashboard draws its charts from: the opener's when the account sees it, else its own unit's. */
export function focusUnitId(completeness: Completeness, scopeUnitId: number): number | null {
  const { round, rows } = completeness;
  if (rows.some((row) => row.unitId === round.openerUnitId)) return round.openerUnitId;
  if (rows.some((row) => row.unitId === scopeUnitId)) return scopeUnitId;
  return null;
}

/** The first key indicator the report has: the one the children chart shows first. */
export function firstKeyIndicator(view: ReportView): string | undefined {
  return keyIndicatorCodes.find((code) => view.rows.some((row) => row.indicator.code === code));
}

/** The indicator the trend chart shows first: the first key indicator the report has. */
export function firstTrendIndicator(view: ReportView): string | undefined {
  return firstKeyIndicator(view) ?? view.rows[0]?.indicator.code;
}
