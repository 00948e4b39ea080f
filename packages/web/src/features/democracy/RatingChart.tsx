import { useMemo } from 'react';
import { ratingChart, type AssessmentRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { LazyChart } from '../../components/LazyChart';
import { chartSvgPath, type AssessmentFilters } from './api';

/** How the listed units were rated by the level above, beside how they rated themselves. */
export function RatingChart({ rows, filters }: { rows: AssessmentRow[]; filters: AssessmentFilters }) {
  const { t, lang } = useI18n();
  const compact = useIsPhone();
  const picture = useMemo(() => ratingChart(rows, { lang, compact }), [rows, lang, compact]);
  return <LazyChart picture={picture} svgPath={chartSvgPath(filters)} label={t('democracy.chartLabel')} />;
}
