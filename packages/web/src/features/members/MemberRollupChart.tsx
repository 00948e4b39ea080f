import { useMemo } from 'react';
import { formatNumberVi, type MemberKindFigures } from '@danvan/shared';
import { useIsPhone } from '../../lib/useIsPhone';
import type { ChartOption } from '../../components/Chart';
import { LazyChart } from '../../components/LazyChart';
import { useI18n } from '../../lib/i18n';
import { kindName } from './memberLabels';

const colors = { members: '#1f5fa8', admitted: '#389e0d', left: '#cf1322' };

/** Members, admitted and left per organisation kind; a kind with no figures is a labelled gap, never a 0. */
export function MemberRollupChart({ kinds }: { kinds: MemberKindFigures[] }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const option = useMemo<ChartOption>(() => {
    const series = (['members', 'admitted', 'left'] as const).map((field) => ({
      type: 'bar' as const,
      name: t(field === 'members' ? 'members.membersShort' : `members.${field}`),
      data: kinds.map((kind) => kind[field]),
      itemStyle: { color: colors[field] },
      barMaxWidth: 18,
      label: {
        show: field === 'members',
        position: 'right' as const,
        formatter: ({ value }: { value: unknown }) =>
          typeof value === 'number' ? formatNumberVi(value) : t('members.missing'),
      },
    }));
    return {
      grid: { left: 8, right: 80, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => (typeof value === 'number' ? formatNumberVi(value) : t('members.missing')),
      },
      xAxis: {
        type: 'value',
        splitNumber: isPhone ? 2 : 5,
        axisLabel: { formatter: (value: number) => formatNumberVi(value), hideOverlap: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: kinds.map((kind) => `${kindName(kind.kind, lang)} (${kind.reporting}/${kind.organisations})`),
        axisLabel: { width: isPhone ? 110 : 220, overflow: 'truncate' },
      },
      series,
    };
  }, [kinds, isPhone, lang, t]);
  return <LazyChart option={option} height={Math.max(180, kinds.length * 64 + 48)} label={t('members.chartLabel')} />;
}
