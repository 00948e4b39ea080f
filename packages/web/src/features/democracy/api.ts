import type { QueryClient } from '@tanstack/react-query';
import type {
  AssessmentDetail,
  AssessmentRow,
  AssessmentSaveInput,
  AssessmentStatus,
  ChecklistItem,
  DemocracyRating,
  DocumentSummary,
} from '@danvan/shared';
import { api, upload, withQuery } from '../../lib/api';

export interface AssessmentFilters {
  year: number;
  status?: AssessmentStatus;
  rating?: DemocracyRating;
  q?: string;
}

export const democracyKeys = {
  all: ['democracy'] as const,
  list: (filters: AssessmentFilters) => ['democracy', 'list', filters] as const,
  detail: (unitId: number, year: number) => ['democracy', 'detail', unitId, year] as const,
  checklist: (year: number) => ['democracy', 'checklist', year] as const,
};

const query = (filters: AssessmentFilters) => ({
  year: filters.year,
  status: filters.status,
  rating: filters.rating,
  q: filters.q || undefined,
});

export const fetchAssessments = (filters: AssessmentFilters) =>
  api<AssessmentRow[]>('/api/democracy/assessments', { query: query(filters) });

/** The ratings chart's SVG (components/LazyChart.tsx adds its size). */
export const chartSvgPath = (filters: AssessmentFilters) =>
  withQuery('/api/democracy/assessments/chart.svg', query(filters));

export function exportPath(filters: AssessmentFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query(filters))) if (value !== undefined) params.set(key, String(value));
  return `/api/democracy/assessments/export.xlsx?${params.toString()}`;
}

const base = (unitId: number, year: number) => `/api/democracy/assessments/${unitId}/${year}`;

export const fetchAssessment = (unitId: number, year: number) => api<AssessmentDetail>(base(unitId, year));
export const saveAssessment = (unitId: number, year: number, body: AssessmentSaveInput) =>
  api<AssessmentDetail>(base(unitId, year), { method: 'PUT', body });
export const submitAssessment = (unitId: number, year: number) =>
  api<AssessmentDetail>(`${base(unitId, year)}/submit`, { method: 'POST' });
export const returnAssessment = (unitId: number, year: number, comment: string) =>
  api<AssessmentDetail>(`${base(unitId, year)}/return`, { method: 'POST', body: { comment } });
export const rateAssessment = (unitId: number, year: number, body: { rating: DemocracyRating; comment: string }) =>
  api<AssessmentDetail>(`${base(unitId, year)}/rate`, { method: 'POST', body });
export const uploadEvidence = (
  unitId: number,
  year: number,
  itemId: number,
  file: File,
  onProgress: (percent: number) => void,
) => upload<AssessmentDetail>(`${base(unitId, year)}/items/${itemId}/attachments`, file, onProgress);
export const evidencePath = (unitId: number, year: number, attachmentId: number) =>
  `${base(unitId, year)}/attachments/${attachmentId}`;

export const fetchChecklist = (year: number) =>
  api<{ years: number[]; items: ChecklistItem[] }>('/api/democracy/checklist', { query: { year } });

/** Registered documents for the evidence picker, searched accent-insensitively by the documents module. */
export const searchDocuments = (q: string) =>
  api<{ total: number; items: DocumentSummary[] }>('/api/documents', { query: { q: q || undefined, limit: 20 } });

/** After a change, the detail answers at once; the lists and the record's history refetch. */
export async function refreshAssessment(queryClient: QueryClient, saved: AssessmentDetail): Promise<void> {
  queryClient.setQueryData(democracyKeys.detail(saved.unitId, saved.year), saved);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['democracy', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['audit', 'democracy_assessment', saved.id] }),
  ]);
}
