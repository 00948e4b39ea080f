import dayjs from 'dayjs';
import { formatDateVi, type Indicator, type ReportStatus, type RoundSummary } from '@danvan/shared';
import { today } from '../../lib/dates';
import type { Lang, Translate } from '../../lib/i18n';

export type ChildStatus = ReportStatus | 'missing';

export const statusColors: Record<ChildStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  approved: 'success',
  missing: 'warning',
};

export { keyIndicatorCodes } from './dashboardFocus';

export function indicatorName(indicator: Indicator, lang: Lang): string {
  return lang === 'vi' ? indicator.nameVi : indicator.nameEn;
}

/** "9 tháng đầu năm", "Quý 3", "Tháng 5"… */
export function templateLabel(round: Pick<RoundSummary, 'template' | 'periodIndex'>, t: Translate): string {
  return t(`round.periodOf.${round.template}`, { index: round.periodIndex });
}

/** "15/12/2025 – 14/09/2026" */
export function periodText(round: Pick<RoundSummary, 'periodStart' | 'periodEnd'>): string {
  return `${formatDateVi(round.periodStart)} – ${formatDateVi(round.periodEnd)}`;
}

/** Whole days from today to the deadline; negative once it has passed. */
export function daysToDeadline(deadline: string): number {
  return dayjs(deadline).startOf('day').diff(today(), 'day');
}

/** The reports page of a unit in a round. */
export function reportPath(roundId: number, unitId: number): string {
  return `/reports/${roundId}/units/${unitId}`;
}
