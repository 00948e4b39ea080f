import type {
  AuditEntry,
  MemberCountInput,
  MemberCountSaved,
  MemberCountSummary,
  MemberPeriodKind,
  MemberRollup,
  OrganisationKind,
} from '@danvan/shared';
import { api, withQuery } from '../../lib/api';

export type MemberSort = 'period' | '-period' | 'unit' | 'members' | '-members' | 'admitted' | '-admitted';

export interface MemberFilters {
  q: string;
  kind?: OrganisationKind;
  unitId?: number;
  year?: number;
  periodKind?: MemberPeriodKind;
  periodIndex?: number;
  sort: MemberSort;
}

export interface MemberCountPage {
  total: number;
  items: MemberCountSummary[];
}

export const memberKeys = {
  all: ['member-counts'] as const,
  list: (filters: MemberFilters, limit: number, offset: number) =>
    ['member-counts', 'list', filters, limit, offset] as const,
  history: (id: number) => ['member-counts', 'history', id] as const,
  rollup: (unitId: number, year: number, quarter: number | undefined) =>
    ['member-counts', 'rollup', unitId, year, quarter ?? 0] as const,
};

/** The filters as the API's query string (also what export.xlsx takes); no paging. */
function filterQuery(filters: MemberFilters): Record<string, string | number | undefined> {
  return {
    q: filters.q.trim() || undefined,
    kind: filters.kind,
    unitId: filters.unitId,
    year: filters.year,
    periodKind: filters.periodKind,
    periodIndex: filters.periodKind ? filters.periodIndex : undefined,
    sort: filters.sort,
  };
}

export function fetchMemberCounts(filters: MemberFilters, limit: number, offset: number): Promise<MemberCountPage> {
  return api<MemberCountPage>('/api/member-counts', { query: { ...filterQuery(filters), limit, offset } });
}

export function exportPath(filters: MemberFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) {
    if (value !== undefined) params.set(key, String(value));
  }
  return `/api/member-counts/export.xlsx?${params.toString()}`;
}

export function createMemberCount(input: MemberCountInput): Promise<MemberCountSaved> {
  return api<MemberCountSaved>('/api/member-counts', { method: 'POST', body: input });
}

export function updateMemberCount(id: number, input: MemberCountInput): Promise<MemberCountSaved> {
  return api<MemberCountSaved>(`/api/member-counts/${id}`, { method: 'PUT', body: input });
}

export function fetchMemberCountHistory(id: number): Promise<AuditEntry[]> {
  return api<AuditEntry[]>(`/api/member-counts/${id}/history`);
}

/** The rollup chart's SVG (components/LazyChart.tsx adds its size). */
export const rollupChartSvgPath = (unitId: number, year: number, quarter: number | undefined) =>
  withQuery('/api/member-counts/rollup/chart.svg', { unitId, year, quarter });

export function fetchMemberRollup(unitId: number, year: number, quarter: number | undefined): Promise<MemberRollup> {
  return api<MemberRollup>('/api/member-counts/rollup', { query: { unitId, year, quarter } });
}
