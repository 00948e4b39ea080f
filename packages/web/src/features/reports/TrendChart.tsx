import { useMemo, useState } from 'react';
import { Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatNumberVi, type ReportView } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { fetchRoundTrend, reportKeys } from './api';
import type { ChartOption } from '../../components/Chart';
import { formatFigure, missingText } from './figures';
import { LazyChart } from '../../components/LazyChart';
import { indicatorName } from './reportLabels';
import { firstTrendIndicator } from './dashboardFocus';

const lineColor = '#1f5fa8';
const comparableColor = '#a35200';

/**
 * An indicator of the report's unit over the same period of the last five years; years without
 * approved figures are gaps. Where some units did not report every year, a dashed line beside it
 * follows only those that did, so a half-reported year is not read as a fall.
 */
export function TrendChart({ view }: { view: ReportView }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const [code, setCode] = useState(() => firstTrendIndicator(view));
  const trend = useQuery({
    queryKey: reportKeys.trend(view.round.id, view.unit.id, code ?? ''),
    queryFn: () => fetchRoundTrend(view.round.id, view.unit.id, code as string),
    enabled: code !== undefined,
  });
  const options = useMemo(
    () =>
      view.rows.map((row) => ({
        value: row.indicator.code,
        label: `${indicatorName(row.indicator, lang)} (${row.indicator.unitVi})`,
      })),
    [view.rows, lang],
  );

  const option = useMemo<ChartOption | null>(() => {
    if (!trend.data) return null;
    const { indicator, points, comparablePoints, comparison } = trend.data;
    const partial = comparison.units < comparison.of && comparablePoints.some((p) => p.value !== null);
    return {
      legend: partial
        ? {
            top: 0,
            data: [
              t('dashboard.trendAll'),
              t('dashboard.trendComparable', { units: comparison.units, of: comparison.of }),
            ],
          }
        : undefined,
      grid: { left: 8, right: 24, top: partial ? 48 : 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => (typeof value === 'number' ? formatNumberVi(value) : missingText),
        formatter: (params) => {
          const [first] = Array.isArray(params) ? params : [params];
          const index = first?.dataIndex ?? 0;
          const point = points[index];
          const comparable = partial
            ? `<br/>${t('dashboard.trendComparable', { units: comparison.units, of: comparison.of })}: ${formatFigure(indicator, comparablePoints[index])}`
            : '';
          return `${point.year}: ${formatFigure(indicator, point)}${comparable}`;
        },
      },
      xAxis: { type: 'category', data: points.map((p) => String(p.year)), boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
      series: [
        {
          type: 'line',
          name: partial ? t('dashboard.trendAll') : indicatorName(indicator, lang),
          // null stays null: ECharts breaks the line there instead of drawing a zero.
          data: points.map((p) => p.value),
          connectNulls: false,
          symbolSize: 8,
          itemStyle: { color: lineColor },
          label: {
            show: !isPhone,
            position: 'top',
            formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatNumberVi(value) : ''),
          },
        },
        ...(partial
          ? [
              {
                type: 'line' as const,
                name: t('dashboard.trendComparable', { units: comparison.units, of: comparison.of }),
                data: comparablePoints.map((p) => p.value),
                connectNulls: false,
                symbolSize: 6,
                lineStyle: { type: 'dashed' as const },
                itemStyle: { color: comparableColor },
              },
            ]
          : []),
      ],
    };
  }, [trend.data, lang, isPhone, t]);

  return (
    <Flex vertical gap={12}>
      <Select
        showSearch={{
          filterOption: (input, option) => foldIncludes(option?.label, input) || foldIncludes(option?.value, input),
        }}
        aria-label={t('dashboard.trendIndicator')}
        value={code}
        onChange={setCode}
        options={options}
        style={{ width: '100%', maxWidth: 520 }}
        data-testid="trend-indicator"
      />
      {trend.isError && <ErrorAlert error={trend.error} onRetry={() => trend.refetch()} />}
      {trend.isPending && <Skeleton.Node active style={{ width: '100%', height: 260 }} />}
      {trend.data &&
        option &&
        (trend.data.points.every((p) => p.value === null) ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.trendEmpty')} />
        ) : (
          <LazyChart
            option={option}
            height={260}
            label={`${t('dashboard.trend')}: ${indicatorName(trend.data.indicator, lang)}`}
          />
        ))}
      <Typography.Text type="secondary">{t('dashboard.trendMissing')}</Typography.Text>
    </Flex>
  );
}
