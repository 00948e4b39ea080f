import { useMemo } from 'react';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Unit, UnitType } from '@danvan/shared';
import { api } from './api';

/**
 * The units of the account's scope and the unit types: reference data every feature shows (pickers, names). The
 * units feature edits them and invalidates these keys (under `['units']`).
 */
export const unitListKey = (includeClosed: boolean) => ['units', 'list', { includeClosed }] as const;
export const unitTypesKey = ['unit-types'] as const;

export function fetchUnits(includeClosed: boolean): Promise<Unit[]> {
  return api<Unit[]>('/api/units', { query: { includeClosed: includeClosed ? 'true' : undefined } });
}

export function fetchUnitTypes(): Promise<UnitType[]> {
  return api<UnitType[]>('/api/unit-types');
}

/**
 * The unit list asked for ahead of a screen whose filters pick a unit (components/UnitTreeSelect.tsx), opened
 * directly: otherwise asked for once the screen has rendered, it came as the screen was being used.
 */
export function prefetchUnits(client: QueryClient): Promise<void> {
  return client.prefetchQuery({ queryKey: unitListKey(false), queryFn: () => fetchUnits(false) });
}

/** The flat unit list of the account's scope; keeps showing the previous list while the other one loads. */
export function useUnits(includeClosed = false) {
  return useQuery({
    queryKey: unitListKey(includeClosed),
    queryFn: () => fetchUnits(includeClosed),
    placeholderData: keepPreviousData,
  });
}

export function useUnitTypes() {
  const query = useQuery({ queryKey: unitTypesKey, queryFn: fetchUnitTypes, staleTime: Infinity });
  const byCode = useMemo(
    () => new Map<string, UnitType>((query.data ?? []).map((type) => [type.code, type])),
    [query.data],
  );
  return { ...query, byCode };
}
