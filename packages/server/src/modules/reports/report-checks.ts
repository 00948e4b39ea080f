import { formatNumberVi, type Figure, type FigureCheck, type Indicator } from '@danvan/shared';

/** A figure a unit states for itself, with the explanation it gave (if any). */
export interface CheckedFigure extends Figure {
  note?: string | null;
}

const n = (value: number) => formatNumberVi(value);

/**
 * The catalogue's rules applied to a unit's own figures: the bounds and whole numbers of each
 * indicator and its relations to others are errors (a report does not go up with them); a change
 * against the unit's own figure of last year beyond both thresholds is a warning that asks for an
 * explanation. Pure: the form, the approver's view, the submission and the Excel import share it.
 */
export function checkFigures(
  indicators: readonly Indicator[],
  own: ReadonlyMap<string, CheckedFigure>,
  ownLastYear: ReadonlyMap<string, Figure> | null,
): FigureCheck[] {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const checks: FigureCheck[] = [];
  const add = (
    indicator: Indicator,
    rule: FigureCheck['rule'],
    severity: FigureCheck['severity'],
    vi: string,
    en: string,
  ) =>
    checks.push({
      code: indicator.code,
      rule,
      severity,
      vi: `${indicator.nameVi}: ${vi}`,
      en: `${indicator.nameEn}: ${en}`,
    });

  for (const indicator of indicators) {
    if (indicator.aggregation === 'ratio') {
      const rate = rateOf(indicator, own);
      if (rate != null && indicator.maxValue != null && rate > indicator.maxValue) {
        add(
          indicator,
          'max',
          'error',
          `tỷ lệ ${n(rate)}% vượt quá ${n(indicator.maxValue)}%`,
          `the rate ${rate}% exceeds ${indicator.maxValue}%`,
        );
      }
      continue;
    }
    const figure = own.get(indicator.code);
    if (figure?.value == null) continue;
    const { value } = figure;
    if (indicator.minValue != null && value < indicator.minValue) {
      add(
        indicator,
        'min',
        'error',
        `không được nhỏ hơn ${n(indicator.minValue)}`,
        `cannot be below ${indicator.minValue}`,
      );
    }
    if (indicator.maxValue != null && value > indicator.maxValue) {
      add(
        indicator,
        'max',
        'error',
        `không được lớn hơn ${n(indicator.maxValue)}`,
        `cannot exceed ${indicator.maxValue}`,
      );
    }
    if (indicator.whole && !Number.isInteger(value)) {
      add(
        indicator,
        'whole',
        'error',
        `phải là số nguyên (đã nhập ${n(value)})`,
        `must be a whole number (given ${value})`,
      );
    }
    if (indicator.aggregation === 'coverage' && figure.denominator != null && value > figure.denominator) {
      add(
        indicator,
        'coverage',
        'error',
        `số đạt ${n(value)} lớn hơn tổng số ${n(figure.denominator)}`,
        `the count ${value} exceeds the total ${figure.denominator}`,
      );
    }
    const bound = indicator.atMostCode ? byCode.get(indicator.atMostCode) : undefined;
    const boundValue = bound ? own.get(bound.code)?.value : null;
    if (bound && boundValue != null && value > boundValue) {
      add(
        indicator,
        'at_most',
        'error',
        `${n(value)} lớn hơn "${bound.nameVi}" (${n(boundValue)})`,
        `${value} exceeds "${bound.nameEn}" (${boundValue})`,
      );
    }
    const last = ownLastYear?.get(indicator.code)?.value;
    if (last != null && changeIsLarge(indicator, value, last)) {
      const explained = figure.note ? ` Giải trình: ${figure.note}` : ' Cần ghi giải trình.';
      const direction = value > last ? `tăng từ ${n(last)} lên ${n(value)}` : `giảm từ ${n(last)} xuống ${n(value)}`;
      add(
        indicator,
        'change',
        'warning',
        `${direction} so với cùng kỳ năm trước.${explained}`,
        `changed from ${last} to ${value} against last year.${figure.note ? ` Explanation: ${figure.note}` : ' An explanation is needed.'}`,
      );
    }
  }
  return checks;
}

/** Beyond both thresholds: more than the percentage and more than the count (a handful of cases never warns). */
function changeIsLarge(indicator: Indicator, value: number, last: number): boolean {
  if (indicator.warnChangePercent == null) return false;
  const difference = Math.abs(value - last);
  if (indicator.warnChangeMin != null && difference <= indicator.warnChangeMin) return false;
  return last === 0 ? difference > 0 : (100 * difference) / last > indicator.warnChangePercent;
}

function rateOf(indicator: Indicator, own: ReadonlyMap<string, Figure>): number | null {
  const numerator = indicator.numeratorCode ? own.get(indicator.numeratorCode)?.value : null;
  const denominator = indicator.denominatorCode ? own.get(indicator.denominatorCode)?.value : null;
  return numerator != null && denominator ? Math.round((10_000 * numerator) / denominator) / 100 : null;
}

/** The errors among the checks, as the fields of a 422: one per indicator and rule. */
export function errorFields(checks: FigureCheck[]): { path: string; vi: string; en: string }[] {
  return checks
    .filter((check) => check.severity === 'error')
    .map((check) => ({ path: `values.${check.code}`, vi: check.vi, en: check.en }));
}
