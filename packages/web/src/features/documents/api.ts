import type { QueryClient } from '@tanstack/react-query';
import type { DocumentImportResult, DocumentInput, DocumentList, DocumentSummary } from '@danvan/shared';
import { api, upload } from '../../lib/api';
import type { DocumentFilters } from './documentFilters';

export const documentKeys = {
  all: ['documents'] as const,
  list: (filters: DocumentFilters, limit: number, offset: number) =>
    ['documents', 'list', filters, limit, offset] as const,
  detail: (id: number) => ['documents', 'detail', id] as const,
};

/** The filters as the API's query string (also what export.xlsx takes); no paging. */
function filterQuery(filters: DocumentFilters): Record<string, string | number | undefined> {
  return {
    q: filters.q.trim() || undefined,
    type: filters.type,
    topic: filters.topic,
    unitId: filters.unitId,
    from: filters.from,
    to: filters.to,
    sort: filters.sort,
  };
}

export function fetchDocuments(filters: DocumentFilters, limit: number, offset: number): Promise<DocumentList> {
  return api<DocumentList>('/api/documents', { query: { ...filterQuery(filters), limit, offset } });
}

export function exportPath(filters: DocumentFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/api/documents/export.xlsx?${text}` : '/api/documents/export.xlsx';
}

export function fetchDocument(id: number): Promise<DocumentSummary> {
  return api<DocumentSummary>(`/api/documents/${id}`);
}

export function createDocument(input: DocumentInput): Promise<DocumentSummary> {
  return api<DocumentSummary>('/api/documents', { method: 'POST', body: input });
}

export function updateDocument(id: number, input: DocumentInput): Promise<DocumentSummary> {
  return api<DocumentSummary>(`/api/documents/${id}`, { method: 'PUT', body: input });
}

export function uploadAttachment(
  id: number,
  file: File,
  onProgress: (percent: number) => void,
): Promise<DocumentSummary> {
  return upload<DocumentSummary>(`/api/documents/${id}/attachments`, file, onProgress);
}

export function attachmentUrl(documentId: number, attachmentId: number): string {
  return `/api/documents/${documentId}/attachments/${attachmentId}`;
}

/** After a document changed: every list and detail, and the audit pages that show its history. */
export function refreshDocuments(queryClient: QueryClient, saved: DocumentSummary): Promise<void> {
  queryClient.setQueryData(documentKeys.detail(saved.id), saved);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: documentKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]).then(() => undefined);
}

/** Sends a register (.xlsx) for a unit: a dry run checks every row, otherwise all rows are registered or none. */
export function importRegister(args: {
  unitId: number;
  file: File;
  dryRun: boolean;
  onProgress?: (percent: number) => void;
}): Promise<DocumentImportResult> {
  const query = new URLSearchParams({ unitId: String(args.unitId), dryRun: String(args.dryRun) });
  return upload<DocumentImportResult>(`/api/documents/import?${query.toString()}`, args.file, args.onProgress);
}

/** A unit's outgoing-document register (sổ văn bản đi) as .xlsx, in the layout the import reads. */
export function registerPath(unitId: number, range: { from?: string; to?: string } = {}): string {
  const query = new URLSearchParams({ unitId: String(unitId) });
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  return `/api/documents/register.xlsx?${query.toString()}`;
}
