// The democracy ratings, the models by field and status, and the members by organisation kind: the list screens'
// charts (web: democracy/RatingChart, models/ModelsChart, members/MemberRollupChart; server: their chart.svg routes).
import { democracyRatingCodes, democracyRatings, type DemocracyRating } from '../democracy/democracy-labels.js';
import type { MemberKindFigures } from '../members/members.schemas.js';
import { organisationKinds } from '../members/member-labels.js';
import { modelFields, modelStatusNames, type ModelField, type ModelStatus } from '../models/model-labels.js';
import { formatNumberVi } from '../text/format-vi.js';
import { chartLabels, type ChartLayout, type ChartPicture } from './chart-option.js';

/** How the listed units were rated by the level above, beside how they rated themselves. */
export function ratingChart(
  rows: { status: string; rating: DemocracyRating | null; selfRating: DemocracyRating | null }[],
  { lang }: ChartLayout,
): ChartPicture {
  const count = (pick: (row: (typeof rows)[number]) => DemocracyRating | null) =>
    democracyRatingCodes.map((rating) => rows.filter((row) => pick(row) === rating).length);
  return {
    height: 220,
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 32, right: 8, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: democracyRatingCodes.map((rating) => democracyRatings[rating][lang]) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: chartLabels.rating[lang],
          data: count((row) => (row.status === 'rated' ? row.rating : null)),
          itemStyle: { color: '#1677ff' },
        },
        {
          type: 'bar',
          name: chartLabels.selfRating[lang],
          data: count((row) => row.selfRating),
          itemStyle: { color: '#91caff' },
        },
      ],
    },
  };
}

const statusColors: Record<ModelStatus, string> = {
  registered: '#bfbfbf',
  evaluated: '#1677ff',
  recognised: '#52c41a',
  not_recognised: '#ff7875',
};

/** Models of the list by field (bars) and status (stacked), so a board sees where its models stand. */
export function modelsChart(
  items: { field: ModelField; status: ModelStatus }[],
  { lang, compact }: ChartLayout,
): ChartPicture {
  const fields = Object.keys(modelFields) as ModelField[];
  const statuses = Object.keys(modelStatusNames) as ModelStatus[];
  const count = (field: ModelField, status: ModelStatus) =>
    items.filter((m) => m.field === field && m.status === status).length;
  return {
    height: 260,
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: fields.map((field) => modelFields[field][lang]),
        inverse: true,
        axisLabel: { width: compact ? 110 : 190, overflow: 'truncate' },
      },
      series: statuses.map((status) => ({
        type: 'bar' as const,
        stack: 'status',
        name: modelStatusNames[status][lang],
        color: statusColors[status],
        label: { show: true, formatter: (p: { value: unknown }) => (p.value ? String(p.value) : '') },
        data: fields.map((field) => count(field, status)),
      })),
    },
  };
}

const memberColors = { members: '#1f5fa8', admitted: '#389e0d', left: '#cf1322' };

/** Members, admitted and left per organisation kind; a kind with no figures is a labelled gap, never a 0. */
export function memberRollupChart(kinds: MemberKindFigures[], { lang, compact }: ChartLayout): ChartPicture {
  const missing = chartLabels.noMemberFigures[lang];
  const series = (['members', 'admitted', 'left'] as const).map((field) => ({
    type: 'bar' as const,
    name: chartLabels[field][lang],
    data: kinds.map((kind) => kind[field]),
    itemStyle: { color: memberColors[field] },
    barMaxWidth: 18,
    label: {
      show: field === 'members',
      position: 'right' as const,
      formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatNumberVi(value) : missing),
    },
  }));
  return {
    height: Math.max(180, kinds.length * 64 + 48),
    option: {
      grid: { left: 8, right: 80, top: 32, bottom: 8 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => (typeof value === 'number' ? formatNumberVi(value) : missing),
      },
      xAxis: {
        type: 'value',
        splitNumber: compact ? 2 : 5,
        axisLabel: { formatter: (value: number) => formatNumberVi(value), hideOverlap: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: kinds.map((kind) => `${organisationKinds[kind.kind][lang]} (${kind.reporting}/${kind.organisations})`),
        axisLabel: { width: compact ? 110 : 220, overflow: 'truncate' },
      },
      series,
    },
  };
}
