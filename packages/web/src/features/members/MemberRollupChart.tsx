import { useMemo } from 'react';
import { memberRollupChart, type MemberKindFigures } from '@danvan/shared';
import { useIsPhone } from '../../lib/useIsPhone';
import { LazyChart } from '../../components/LazyChart';
import { useI18n } from '../../lib/i18n';
import { rollupChartSvgPath } from './api';

/** Members, admitted and left per organisation kind; a kind with no figures is a labelled gap, never a 0. */
export function MemberRollupChart({
  kinds,
  period,
}: {
  kinds: MemberKindFigures[];
  period: { unitId: number; year: number; quarter: number | undefined };
}) {
  const { t, lang } = useI18n();
  const compact = useIsPhone();
  const picture = useMemo(() => memberRollupChart(kinds, { lang, compact }), [kinds, lang, compact]);
  return (
    <LazyChart
      picture={picture}
      svgPath={rollupChartSvgPath(period.unitId, period.year, period.quarter)}
      label={t('members.chartLabel')}
    />
  );
}
