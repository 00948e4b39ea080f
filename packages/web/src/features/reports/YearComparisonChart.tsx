import { useMemo } from 'react';
import { Empty } from 'antd';
import { formatNumberVi, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { missingText } from './figures';
import type { ChartOption } from '../../components/Chart';
import { LazyChart } from '../../components/LazyChart';
import { indicatorName, keyIndicatorCodes } from './reportLabels';

const thisYearColor = '#1f5fa8';
const lastYearColor = '#b0bccb';

/** The key indicators' totals this year against the same period last year. */
export function YearComparisonChart({ view }: { view: ReportView }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const rows = useMemo(
    () =>
      keyIndicatorCodes
        .map((code) => view.rows.find((row) => row.indicator.code === code))
        .filter((row) => row !== undefined),
    [view.rows],
  );
  const year = view.round.year;

  const option = useMemo<ChartOption>(() => {
    const label = {
      show: true,
      position: 'right' as const,
      formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatNumberVi(value) : missingText),
    };
    return {
      legend: { top: 0 },
      grid: { left: 8, right: 56, top: 32, bottom: 8 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => (typeof value === 'number' ? formatNumberVi(value) : missingText),
      },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => indicatorName(row.indicator, lang)),
        axisLabel: { width: isPhone ? 110 : 200, overflow: 'break', lineHeight: 16 },
      },
      series: [
        {
          type: 'bar',
          name: String(year),
          data: rows.map((row) => row.total.value),
          itemStyle: { color: thisYearColor },
          barMaxWidth: 18,
          label,
        },
        {
          type: 'bar',
          name: String(year - 1),
          data: rows.map((row) => row.lastYear.value),
          itemStyle: { color: lastYearColor },
          barMaxWidth: 18,
          label,
        },
      ],
    };
  }, [rows, year, isPhone, lang]);

  if (rows.every((row) => row.total.value === null && row.lastYear.value === null)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.noData')} />;
  }
  return (
    <LazyChart
      option={option}
      height={Math.max(220, rows.length * 64 + 48)}
      label={t('chart.yearComparison', { year, lastYear: year - 1 })}
    />
  );
}
