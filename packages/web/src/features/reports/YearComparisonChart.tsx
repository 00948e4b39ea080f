import { useMemo } from 'react';
import { Empty } from 'antd';
import { yearComparisonChart, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { LazyChart } from '../../components/LazyChart';
import { chartSvgPaths } from './api';
import { keyIndicatorCodes } from './reportLabels';

/** The key indicators' totals this year against the same period last year. */
export function YearComparisonChart({ view }: { view: ReportView }) {
  const { t, lang } = useI18n();
  const compact = useIsPhone();
  const picture = useMemo(() => yearComparisonChart(view, { lang, compact }), [view, lang, compact]);
  const year = view.round.year;
  const rows = view.rows.filter((row) => keyIndicatorCodes.includes(row.indicator.code));
  if (rows.every((row) => row.total.value === null && row.lastYear.value === null)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.noData')} />;
  }
  return (
    <LazyChart
      picture={picture}
      svgPath={chartSvgPaths.yearComparison(view.round.id, view.unit.id)}
      label={t('chart.yearComparison', { year, lastYear: year - 1 })}
    />
  );
}
