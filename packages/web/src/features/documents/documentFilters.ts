import { readUrlValues, urlField, writeUrlValues } from '../../lib/urlFilters';
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

const pageSize = urlField.id();

/** The register's filters, page and page size in the address (`/documents?q=dan+van&type=KH&page=2`). */
export const documentListFields = {
  q: urlField.text(),
  type: urlField.oneOf(isDocumentType),
  topic: urlField.oneOf(isDocumentTopic),
  unitId: urlField.id(),
  from: urlField.date(),
  to: urlField.date(),
  sort: urlField.oneOf(isDocumentSort),
  page: urlField.withDefault(urlField.id(), 1),
  size: urlField.withDefault(
    {
      read: (text) => {
        const size = pageSize.read(text);
        return size !== undefined && pageSizes.includes(size) ? size : undefined;
      },
      write: pageSize.write,
    },
    defaultPageSize,
  ),
};

export function readListState(params: URLSearchParams): DocumentListState {
  const { page, size, ...filters } = readUrlValues(documentListFields, params);
  return { filters, page, pageSize: size };
}

export function writeListState(state: DocumentListState): URLSearchParams {
  return writeUrlValues(documentListFields, { ...state.filters, page: state.page, size: state.pageSize });
}

/** The order the server applies when the address names none. */
export function effectiveSort(filters: DocumentFilters): DocumentSort {
  return filters.sort ?? (filters.q.trim() ? 'relevance' : '-issuedOn');
}

export function hasFilters(filters: DocumentFilters): boolean {
  return Boolean(filters.q.trim() || filters.type || filters.topic || filters.unitId || filters.from || filters.to);
}
