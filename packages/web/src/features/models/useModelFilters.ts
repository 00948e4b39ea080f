import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readModelFilters, writeModelFilters, type ModelFilters } from './modelFilters';

/** The models list's search, filters and order, kept in the address (replaced, not pushed) so they can be shared. */
export function useModelFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readModelFilters(params), [params]);
  const setFilters = useCallback(
    (patch: Partial<ModelFilters>) =>
      setParams((current) => writeModelFilters({ ...readModelFilters(current), ...patch }), { replace: true }),
    [setParams],
  );
  const clearFilters = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { filters, setFilters, clearFilters };
}
