import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitType } from '@danvan/shared';
import { fetchUnits, fetchUnitTypes, unitKeys } from './api';

/** The flat unit list of the account's scope; keeps showing the previous list while the other one loads. */
export function useUnits(includeClosed = false) {
  return useQuery({
    queryKey: unitKeys.list(includeClosed),
    queryFn: () => fetchUnits(includeClosed),
    placeholderData: keepPreviousData,
  });
}

export function useUnitTypes() {
  const query = useQuery({ queryKey: unitKeys.types, queryFn: fetchUnitTypes, staleTime: Infinity });
  const byCode = useMemo(
    () => new Map<string, UnitType>((query.data ?? []).map((type) => [type.code, type])),
    [query.data],
  );
  return { ...query, byCode };
}
