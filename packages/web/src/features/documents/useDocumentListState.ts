import { useCallback, useMemo } from 'react';
import { useUrlValues } from '../../lib/urlFilters';
import { documentListFields, type DocumentFilters } from './documentFilters';

/**
 * The register's filters, page and page size, kept in the address so a search can be bookmarked or
 * shared. Changing a filter goes back to the first page.
 */
export function useDocumentListState() {
  const { values, setValues, clearValues } = useUrlValues(documentListFields);
  const { page, size: pageSize } = values;
  const filters = useMemo(() => {
    const { page: _page, size: _size, ...rest } = values;
    return rest;
  }, [values]);
  const setFilters = useCallback((patch: Partial<DocumentFilters>) => setValues({ ...patch, page: 1 }), [setValues]);
  const setPage = useCallback(
    (next: number, nextSize: number) => setValues({ page: nextSize === pageSize ? next : 1, size: nextSize }),
    [setValues, pageSize],
  );
  const clearFilters = useCallback(() => clearValues({ size: pageSize }), [clearValues, pageSize]);
  return { filters, page, pageSize, setFilters, setPage, clearFilters };
}
