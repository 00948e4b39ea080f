import { useUrlValues } from '../../lib/urlFilters';
import { modelFilterFields } from './modelFilters';

/** The models list's search, filters and order, kept in the address so they can be shared. */
export function useModelFilters() {
  const { values, setValues, clearValues } = useUrlValues(modelFilterFields);
  return { filters: values, setFilters: setValues, clearFilters: clearValues };
}
