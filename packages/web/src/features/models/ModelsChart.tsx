import { useMemo } from 'react';
import { modelFields, modelStatusNames, type ModelField, type ModelStatus, type ModelSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import type { ChartOption } from '../../components/Chart';
import { LazyChart } from '../../components/LazyChart';
import { statusChartColors } from './modelLabels';

/** Models of the list by field (bars) and status (stacked), so a board sees where its models stand. */
export function ModelsChart({ items }: { items: ModelSummary[] }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const option = useMemo<ChartOption>(() => {
    const fields = Object.keys(modelFields) as ModelField[];
    const statuses = Object.keys(modelStatusNames) as ModelStatus[];
    const count = (field: ModelField, status: ModelStatus) =>
      items.filter((m) => m.field === field && m.status === status).length;
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: fields.map((field) => modelFields[field][lang]),
        inverse: true,
        axisLabel: { width: isPhone ? 110 : 190, overflow: 'truncate' },
      },
      series: statuses.map((status) => ({
        type: 'bar',
        stack: 'status',
        name: modelStatusNames[status][lang],
        color: statusChartColors[status],
        label: { show: true, formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '') },
        data: fields.map((field) => count(field, status)),
      })),
    };
  }, [items, lang, isPhone]);
  return <LazyChart option={option} height={260} label={t('models.chartLabel')} />;
}
