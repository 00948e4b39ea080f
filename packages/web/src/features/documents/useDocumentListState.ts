import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readListState, writeListState, type DocumentFilters, type DocumentListState } from './documentFilters';

/**
 * The register's filters, page and page size, kept in the address so a search can be bookmarked or
 * shared. Changing a filter goes back to the first page; the address is replaced, not pushed.
 */
export function useDocumentListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(params), [params]);

  const change = useCallback(
    (next: (current: DocumentListState) => DocumentListState) =>
      setParams((current) => writeListState(next(readListState(current))), { replace: true }),
    [setParams],
  );
  const setFilters = useCallback(
    (patch: Partial<DocumentFilters>) =>
      change((current) => ({ ...current, filters: { ...current.filters, ...patch }, page: 1 })),
    [change],
  );
  const setPage = useCallback(
    (page: number, pageSize: number) =>
      change((current) => ({ ...current, page: pageSize === current.pageSize ? page : 1, pageSize })),
    [change],
  );
  const clearFilters = useCallback(
    () => change((current) => ({ filters: { q: '' }, page: 1, pageSize: current.pageSize })),
    [change],
  );

  return { ...state, setFilters, setPage, clearFilters };
}
