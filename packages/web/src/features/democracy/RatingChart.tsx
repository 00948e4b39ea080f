import { useMemo } from 'react';
import { democracyRatingCodes, democracyRatings, type AssessmentRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import type { ChartOption } from '../../components/Chart';
import { LazyChart } from '../../components/LazyChart';

/** How the listed units were rated by the level above, beside how they rated themselves. */
export function RatingChart({ rows }: { rows: AssessmentRow[] }) {
  const { t, pick } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const count = (pickRating: (row: AssessmentRow) => string | null) =>
      democracyRatingCodes.map((rating) => rows.filter((row) => pickRating(row) === rating).length);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 32, right: 8, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: democracyRatingCodes.map((rating) => pick(democracyRatings[rating])) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('democracy.rating'),
          data: count((row) => (row.status === 'rated' ? row.rating : null)),
          itemStyle: { color: '#1677ff' },
        },
        {
          type: 'bar',
          name: t('democracy.selfRating'),
          data: count((row) => row.selfRating),
          itemStyle: { color: '#91caff' },
        },
      ],
    };
  }, [rows, t, pick]);
  return <LazyChart option={option} height={220} label={t('democracy.chartLabel')} />;
}
