import type { DocumentListQuery, DocumentTopic, DocumentType } from '@danvan/shared';
import { isDocumentTopic, isDocumentType } from './documentLabels';

export type DocumentSort = NonNullable<DocumentListQuery['sort']>;
export const documentSorts: DocumentSort[] = ['relevance', '-issuedOn', 'issuedOn', 'symbol'];

export interface DocumentFilters {
  q: string;
  type?: DocumentType;
  topic?: DocumentTopic;
  unitId?: number;
  /** ISO dates (`2026-06-14`), both ends included. */
  from?: string;
  to?: string;
  /** Absent: the server's default, best match while searching and newest first otherwise. */
  sort?: DocumentSort;
}

export interface DocumentListState {
  filters: DocumentFilters;
  page: number;
  pageSize: number;
}

export const pageSizes = [20, 50, 100, 200];
const defaultPageSize = pageSizes[0];

function isDocumentSort(value: string): value is DocumentSort {
  return documentSorts.some((sort) => sort === value);
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

function parsed<T extends string>(value: string | null, accept: (text: string) => text is T): T | undefined {
  return value !== null && accept(value) ? value : undefined;
}

function date(value: string | null): string | undefined {
  return value !== null && isIsoDate(value) ? value : undefined;
}

/** Reads the list's state from the address (`/documents?q=dan+van&type=KH&page=2`); bad values are dropped. */
export function readListState(params: URLSearchParams): DocumentListState {
  const size = positiveInt(params.get('size'));
  return {
    filters: {
      q: (params.get('q') ?? '').slice(0, 200),
      type: parsed(params.get('type'), isDocumentType),
      topic: parsed(params.get('topic'), isDocumentTopic),
      unitId: positiveInt(params.get('unitId')),
      from: date(params.get('from')),
      to: date(params.get('to')),
      sort: parsed(params.get('sort'), isDocumentSort),
    },
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: size !== undefined && pageSizes.includes(size) ? size : defaultPageSize,
  };
}

/** The address query for a state, leaving out what is empty or the default. */
export function writeListState(state: DocumentListState): URLSearchParams {
  const params = new URLSearchParams();
  const { filters } = state;
  const entries: [string, string | number | undefined][] = [
    ['q', filters.q.trim() || undefined],
    ['type', filters.type],
    ['topic', filters.topic],
    ['unitId', filters.unitId],
    ['from', filters.from],
    ['to', filters.to],
    ['sort', filters.sort],
    ['page', state.page > 1 ? state.page : undefined],
    ['size', state.pageSize !== defaultPageSize ? state.pageSize : undefined],
  ];
  for (const [key, value] of entries) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params;
}

/** The order the server applies when the address names none. */
export function effectiveSort(filters: DocumentFilters): DocumentSort {
  return filters.sort ?? (filters.q.trim() ? 'relevance' : '-issuedOn');
}

export function hasFilters(filters: DocumentFilters): boolean {
  return Boolean(filters.q.trim() || filters.type || filters.topic || filters.unitId || filters.from || filters.to);
}
