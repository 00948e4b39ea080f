import { useMemo } from 'react';
import type { UnitDetail } from '@danvan/shared';
import { derivedDocumentNames } from './documentNames';
import { useUnits } from '../../lib/units';

/** The names a unit's documents get when none are set, from its name, its area and the bodies beside it. */
export function useDerivedDocumentNames(unit: Pick<UnitDetail, 'id' | 'name' | 'parentId' | 'ancestors'>) {
  const units = useUnits();
  return useMemo(() => {
    const siblingNames = (units.data ?? [])
      .filter((other) => other.parentId === unit.parentId && other.id !== unit.id && !other.closedOn)
      .map((other) => other.name);
    return derivedDocumentNames({ name: unit.name, areaName: unit.ancestors.at(-1)?.name ?? null, siblingNames });
  }, [units.data, unit.id, unit.name, unit.parentId, unit.ancestors]);
}
