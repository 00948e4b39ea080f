import { useMemo, useState } from 'react';
import { Empty, Flex, Select } from 'antd';
import { childrenChart, keyIndicatorsOf, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { LazyChart } from '../../components/LazyChart';
import { chartSvgPaths } from './api';
import { indicatorName } from './reportLabels';

/** One key indicator per child unit as horizontal bars; children without approved figures are labelled gaps. */
export function ChildrenChart({ view }: { view: ReportView }) {
  const { t, lang } = useI18n();
  const compact = useIsPhone();
  const indicators = useMemo(() => keyIndicatorsOf(view), [view]);
  const [code, setCode] = useState<string | undefined>(undefined);
  const indicator = indicators.find((candidate) => candidate.code === code) ?? indicators[0];
  const picture = useMemo(() => childrenChart(view, indicator, { lang, compact }), [view, indicator, lang, compact]);

  if (indicators.length === 0 || view.children.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.noChildren')} />;
  }

  return (
    <Flex vertical gap={12}>
      <Select
        value={indicator?.code}
        onChange={setCode}
        aria-label={t('chart.indicator')}
        options={indicators.map((candidate) => ({ value: candidate.code, label: indicatorName(candidate, lang) }))}
        style={{ width: '100%' }}
      />
      <LazyChart
        picture={picture}
        svgPath={chartSvgPaths.children(view.round.id, view.unit.id, indicator?.code)}
        label={t('chart.byChild', { indicator: indicator ? indicatorName(indicator, lang) : '' })}
      />
    </Flex>
  );
}
