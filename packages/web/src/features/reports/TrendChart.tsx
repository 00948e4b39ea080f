import { useMemo, useState } from 'react';
import { Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { trendChart, type ReportView } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { chartSvgPaths, fetchRoundTrend, reportKeys } from './api';
import { LazyChart } from '../../components/LazyChart';
import { indicatorName } from './reportLabels';
import { firstTrendIndicator } from './dashboardFocus';

/**
 * An indicator of the report's unit over the same period of the last five years; years without
 * approved figures are gaps. Where some units did not report every year, a dashed line beside it
 * follows only those that did, so a half-reported year is not read as a fall.
 */
export function TrendChart({ view }: { view: ReportView }) {
  const { t, lang } = useI18n();
  const compact = useIsPhone();
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

  const picture = useMemo(
    () => (trend.data ? trendChart(trend.data, { lang, compact }) : null),
    [trend.data, lang, compact],
  );

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
        picture &&
        code !== undefined &&
        (trend.data.points.every((p) => p.value === null) ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.trendEmpty')} />
        ) : (
          <LazyChart
            picture={picture}
            svgPath={chartSvgPaths.trend(view.round.id, view.unit.id, code)}
            label={`${t('dashboard.trend')}: ${indicatorName(trend.data.indicator, lang)}`}
          />
        ))}
      <Typography.Text type="secondary">{t('dashboard.trendMissing')}</Typography.Text>
    </Flex>
  );
}
