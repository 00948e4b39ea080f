import { useMemo, useState } from 'react';
import { Empty, Flex, Select } from 'antd';
import { childFigure, formatNumberVi, type ChildRollup, type ReportView } from '@danvan/shared';
import { useI18n, type Translate } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import type { ChartOption } from '../../components/Chart';
import { LazyChart } from '../../components/LazyChart';
import { indicatorName, keyIndicatorCodes } from './reportLabels';

const barColor = '#1f5fa8';
const gapColor = '#8c8c8c';

/** Why a child has no bar: nothing approved yet is a gap with its reason, never a 0. */
function gapText(child: ChildRollup, t: Translate): string {
  if (child.status === 'submitted') return t('chart.notApproved');
  if (child.status === 'approved') return t('chart.noFigure');
  return t('chart.notSubmitted');
}

/** One key indicator per child unit as horizontal bars; children without approved figures are labelled gaps. */
export function ChildrenChart({ view }: { view: ReportView }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const indicators = useMemo(
    () =>
      keyIndicatorCodes
        .map((code) => view.rows.find((row) => row.indicator.code === code)?.indicator)
        .filter((indicator) => indicator !== undefined),
    [view.rows],
  );
  const [code, setCode] = useState(keyIndicatorCodes[0]);
  const indicator = indicators.find((candidate) => candidate.code === code) ?? indicators[0];
  const children = view.children;

  const option = useMemo<ChartOption>(() => {
    const index = view.rows.findIndex((row) => row.indicator.code === indicator?.code);
    const values = children.map((child) => childFigure(child, index).value);
    return {
      grid: { left: 8, right: 72, top: 8, bottom: 8 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value, dataIndex) =>
          typeof value === 'number' ? formatNumberVi(value) : gapText(children[dataIndex], t),
      },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: children.map((child) => child.unitName),
        axisLabel: { width: isPhone ? 96 : 180, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: indicator ? indicatorName(indicator, lang) : '',
          data: values,
          itemStyle: { color: barColor },
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
          data: children.flatMap((child, index) =>
            values[index] === null ? [{ value: [0, index], label: { formatter: gapText(child, t) } }] : [],
          ),
          label: { show: true, position: 'right', color: gapColor, fontStyle: 'italic' },
        },
      ],
    };
  }, [children, indicator, isPhone, lang, t, view.rows]);

  if (indicators.length === 0 || children.length === 0) {
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
        option={option}
        height={Math.max(200, children.length * 34 + 40)}
        label={t('chart.byChild', { indicator: indicator ? indicatorName(indicator, lang) : '' })}
      />
    </Flex>
  );
}
