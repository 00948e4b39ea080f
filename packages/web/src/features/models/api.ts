import type { QueryClient } from '@tanstack/react-query';
import type {
  ModelInput,
  ModelSummary,
  MovementDetail,
  MovementInput,
  MovementKind,
  MovementSummary,
  RecognitionLevel,
} from '@danvan/shared';
import { api, upload, withQuery } from '../../lib/api';
import type { ModelFilters } from './modelFilters';

export const movementKeys = {
  all: ['movements'] as const,
  list: (kind?: string) => ['movements', 'list', kind ?? null] as const,
  detail: (id: number) => ['movements', 'detail', id] as const,
  kinds: ['movement-kinds'] as const,
};

export const modelKeys = {
  all: ['models'] as const,
  list: (filters: ModelFilters) => ['models', 'list', filters] as const,
  detail: (id: number) => ['models', 'detail', id] as const,
};

/** The movements in scope, optionally only those of one kind. */
export function fetchMovements(kind?: string): Promise<MovementSummary[]> {
  return api<MovementSummary[]>('/api/movements', { query: { kind } });
}

/** The kinds a movement can be ("Dân vận khéo", "Chính quyền thân thiện…"), as the server keeps them. */
export function fetchMovementKinds(): Promise<MovementKind[]> {
  return api<MovementKind[]>('/api/movement-kinds');
}

export function fetchMovement(id: number): Promise<MovementDetail> {
  return api<MovementDetail>(`/api/movements/${id}`);
}

export function saveMovement(input: MovementInput, id?: number): Promise<MovementSummary> {
  return id
    ? api<MovementSummary>(`/api/movements/${id}`, { method: 'PUT', body: input })
    : api<MovementSummary>('/api/movements', { method: 'POST', body: input });
}

/** The filters as the API's query string (also what export.xlsx takes). */
export function filterQuery(filters: Partial<ModelFilters>): Record<string, string | number | undefined> {
  return {
    q: filters.q?.trim() || undefined,
    movementId: filters.movementId,
    field: filters.field,
    status: filters.status,
    level: filters.level,
    unitId: filters.unitId,
    year: filters.year,
    sort: filters.sort,
  };
}

export function fetchModels(filters: Partial<ModelFilters>): Promise<ModelSummary[]> {
  return api<ModelSummary[]>('/api/models', { query: filterQuery(filters) });
}

/** The chart's SVG (components/LazyChart.tsx adds its size). */
export const chartSvgPath = (filters: Partial<ModelFilters>) =>
  withQuery('/api/models/chart.svg', filterQuery(filters));

export function exportPath(filters: ModelFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/api/models/export.xlsx?${text}` : '/api/models/export.xlsx';
}

export function fetchModel(id: number): Promise<ModelSummary> {
  return api<ModelSummary>(`/api/models/${id}`);
}

export function saveModel(input: ModelInput, id?: number): Promise<ModelSummary> {
  return id
    ? api<ModelSummary>(`/api/models/${id}`, { method: 'PUT', body: input })
    : api<ModelSummary>('/api/models', { method: 'POST', body: input });
}

export function evaluateModel(
  id: number,
  input: { score: number; comment: string; evaluatedOn: string },
): Promise<ModelSummary> {
  return api<ModelSummary>(`/api/models/${id}/evaluations`, { method: 'POST', body: input });
}

export type Decision =
  { recognised: true; level: RecognitionLevel; decidedOn: string } | { recognised: false; decidedOn: string };

export function decideOnModel(id: number, input: Decision): Promise<ModelSummary> {
  return api<ModelSummary>(`/api/models/${id}/decision`, { method: 'POST', body: input });
}

export function uploadPhoto(id: number, file: File, onProgress: (percent: number) => void): Promise<ModelSummary> {
  return upload<ModelSummary>(`/api/models/${id}/photos`, file, onProgress);
}

export function removePhoto(id: number, photoId: number): Promise<ModelSummary> {
  return api<ModelSummary>(`/api/models/${id}/photos/${photoId}`, { method: 'DELETE' });
}

export function photoUrl(modelId: number, photoId: number): string {
  return `/api/models/${modelId}/photos/${photoId}`;
}

/** After a model changed: its page, every list, the movements' counts and the audit pages that show its history. */
export function refreshModels(queryClient: QueryClient, saved?: ModelSummary): Promise<void> {
  if (saved) queryClient.setQueryData(modelKeys.detail(saved.id), saved);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: modelKeys.all }),
    queryClient.invalidateQueries({ queryKey: movementKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]).then(() => undefined);
}
