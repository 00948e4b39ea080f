import { useMemo } from 'react';
import { modelsChart, type ModelSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { LazyChart } from '../../components/LazyChart';
import { chartSvgPath } from './api';
import type { ModelFilters } from './modelFilters';

/** Models of the list by field (bars) and status (stacked), so a board sees where its models stand. */
export function ModelsChart({ items, filters }: { items: ModelSummary[]; filters: Partial<ModelFilters> }) {
  const { t, lang } = useI18n();
  const compact = useIsPhone();
  const picture = useMemo(() => modelsChart(items, { lang, compact }), [items, lang, compact]);
  return <LazyChart picture={picture} svgPath={chartSvgPath(filters)} label={t('models.chartLabel')} />;
}
