import { formatNumberVi, type Figure, type Indicator } from '@danvan/shared';

/** What a missing figure shows: never 0. */
export const missingText = '—';

export function formatValue(value: number | null | undefined): string {
  return value == null ? missingText : formatNumberVi(value);
}

/** "12" or, for coverage indicators, "12 / 20". */
export function formatFigure(indicator: Indicator, figure: Figure): string {
  if (figure.value == null) return missingText;
  if (indicator.aggregation === 'coverage') {
    return `${formatNumberVi(figure.value)} / ${formatValue(figure.denominator)}`;
  }
  return formatNumberVi(figure.value);
}

/** "+5", "−3", "0". */
export function formatSigned(value: number): string {
  if (value > 0) return `+${formatNumberVi(value)}`;
  if (value < 0) return `−${formatNumberVi(-value)}`;
  return formatNumberVi(0);
}
