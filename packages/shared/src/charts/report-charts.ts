// The round dashboard's charts (web: reports/ChildrenChart, YearComparisonChart, TrendChart; server: the report's
// and the trend's chart.svg routes), drawn from the report of the dashboard's unit and the trend of one indicator.
import type { Indicator } from '../indicators/indicators.schemas.js';
import { childFigure, type Figure } from '../reports/report-labels.js';
import type { ChildRollup, ReportView, RoundTrend } from '../reports/reports.schemas.js';
import { formatNumberVi } from '../text/format-vi.js';
import { chartLabels, type ChartLang, type ChartLayout, type ChartPicture } from './chart-option.js';
import { keyIndicatorCodes } from './key-indicators.js';

const blue = '#1f5fa8';
const missing = chartLabels.missing;

function nameOf(indicator: Indicator, lang: ChartLang): string {
  return lang === 'vi' ? indicator.nameVi : indicator.nameEn;
}

/** The key indicators a report has, in the dashboard's order. */
export function keyIndicatorsOf(view: Pick<ReportView, 'rows'>): Indicator[] {
  return keyIndicatorCodes
    .map((code) => view.rows.find((row) => row.indicator.code === code)?.indicator)
    .filter((indicator) => indicator !== undefined);
}

/** Why a child has no bar: nothing approved yet is a gap with its reason, never a 0. */
function gapText(child: ChildRollup, lang: ChartLang): string {
  if (child.status === 'submitted') return chartLabels.notApproved[lang];
  if (child.status === 'approved') return chartLabels.noFigure[lang];
  return chartLabels.notSubmitted[lang];
}

/** One key indicator per child unit as horizontal bars; children without approved figures are labelled gaps. */
export function childrenChart(
  view: Pick<ReportView, 'rows' | 'children'>,
  indicator: Indicator | undefined,
  { lang, compact }: ChartLayout,
): ChartPicture {
  const { children } = view;
  const index = view.rows.findIndex((row) => row.indicator.code === indicator?.code);
  const values = children.map((child) => childFigure(child, index).value);
  return {
    height: Math.max(200, children.length * 34 + 40),
    option: {
      grid: { left: 8, right: 72, top: 8, bottom: 8 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value, dataIndex) =>
          typeof value === 'number' ? formatNumberVi(value) : gapText(children[dataIndex], lang),
      },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: children.map((child) => child.unitName),
        axisLabel: { width: compact ? 96 : 180, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: indicator ? nameOf(indicator, lang) : '',
          data: values,
          itemStyle: { color: blue },
          barMaxWidth: 22,
          label: {
            show: true,
            position: 'right',
            formatter: ({ value }) => (typeof value === 'number' ? formatNumberVi(value) : ''),
          },
        },
        {
          type: 'scatter',
          silent: true,
          tooltip: { show: false },
          symbolSize: 0,
          data: children.flatMap((child, i) =>
            values[i] === null ? [{ value: [0, i], label: { formatter: gapText(child, lang) } }] : [],
          ),
          label: { show: true, position: 'right', color: '#8c8c8c', fontStyle: 'italic' },
        },
      ],
    },
  };
}

/**
 * A long name on lines of at most `perLine` characters, broken between words. Broken here rather than by ECharts
 * (`overflow: 'break'`), which measures each letter with a diacritic as wide as a CJK character in whatever font the
 * machine has for one: the server's picture and the browser's chart would break the same name at different words.
 */
export function wrapWords(text: string, perLine: number): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= perLine) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** The key indicators' totals this year against the same period last year. */
export function yearComparisonChart(
  view: Pick<ReportView, 'rows' | 'round'>,
  { lang, compact }: ChartLayout,
): ChartPicture {
  const rows = keyIndicatorCodes
    .map((code) => view.rows.find((row) => row.indicator.code === code))
    .filter((row) => row !== undefined);
  const year = view.round.year;
  const label = {
    show: true,
    position: 'right' as const,
    formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatNumberVi(value) : missing),
  };
  return {
    height: Math.max(220, rows.length * 64 + 48),
    option: {
      legend: { top: 0 },
      grid: { left: 8, right: 56, top: 32, bottom: 8 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => (typeof value === 'number' ? formatNumberVi(value) : missing),
      },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => wrapWords(nameOf(row.indicator, lang), compact ? 18 : 32)),
        axisLabel: { lineHeight: 16 },
      },
      series: [
        {
          type: 'bar',
          name: String(year),
          data: rows.map((row) => row.total.value),
          itemStyle: { color: blue },
          barMaxWidth: 18,
          label,
        },
        {
          type: 'bar',
          name: String(year - 1),
          data: rows.map((row) => row.lastYear.value),
          itemStyle: { color: '#b0bccb' },
          barMaxWidth: 18,
          label,
        },
      ],
    },
  };
}

/** "12" or, for coverage indicators, "12 / 20". */
function figureText(indicator: Indicator, figure: Figure): string {
  if (figure.value == null) return missing;
  if (indicator.aggregation !== 'coverage') return formatNumberVi(figure.value);
  return `${formatNumberVi(figure.value)} / ${figure.denominator == null ? missing : formatNumberVi(figure.denominator)}`;
}

/** The label of the like-for-like line: "Cùng 5/9 đơn vị có báo cáo mọi năm". */
export function trendComparableLabel({ units, of }: RoundTrend['comparison'], lang: ChartLang): string {
  return lang === 'vi'
    ? `Cùng ${units}/${of} đơn vị có báo cáo mọi năm`
    : `The same ${units}/${of} units that reported every year`;
}

/**
 * An indicator over the same period of the last five years; years without approved figures are gaps. Where some
 * units did not report every year, a dashed line follows only those that did, so a half-reported year is not a fall.
 */
export function trendChart(trend: RoundTrend, { lang, compact }: ChartLayout): ChartPicture {
  const { indicator, points, comparablePoints, comparison } = trend;
  const partial = comparison.units < comparison.of && comparablePoints.some((p) => p.value !== null);
  const comparableName = trendComparableLabel(comparison, lang);
  return {
    height: 260,
    option: {
      legend: partial ? { top: 0, data: [chartLabels.trendAll[lang], comparableName] } : undefined,
      grid: { left: 8, right: 24, top: partial ? 48 : 24, bottom: 8 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => (typeof value === 'number' ? formatNumberVi(value) : missing),
        formatter: (params) => {
          const [first] = Array.isArray(params) ? params : [params];
          const index = first?.dataIndex ?? 0;
          const point = points[index];
          const comparable = partial ? `<br/>${comparableName}: ${figureText(indicator, comparablePoints[index])}` : '';
          return `${point.year}: ${figureText(indicator, point)}${comparable}`;
        },
      },
      xAxis: { type: 'category', data: points.map((p) => String(p.year)), boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
      series: [
        {
          type: 'line',
          name: partial ? chartLabels.trendAll[lang] : nameOf(indicator, lang),
          // null stays null: ECharts breaks the line there instead of drawing a zero.
          data: points.map((p) => p.value),
          connectNulls: false,
          symbolSize: 8,
          itemStyle: { color: blue },
          label: {
            show: !compact,
            position: 'top',
            formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatNumberVi(value) : ''),
          },
        },
        ...(partial
          ? [
              {
                type: 'line' as const,
                name: comparableName,
                data: comparablePoints.map((p) => p.value),
                connectNulls: false,
                symbolSize: 6,
                lineStyle: { type: 'dashed' as const },
                itemStyle: { color: '#a35200' },
              },
            ]
          : []),
      ],
    },
  };
}
