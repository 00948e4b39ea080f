import { useMemo } from 'react';
import { useMe } from '../../app/authContext';
import { useUnits, useUnitTypes } from '../../lib/units';

/**
 * The unit a new document is registered for: the account's own unit when it is an open organisation
 * in its scope (a board, a bloc — not an area such as a province), otherwise the scope's root unit.
 */
export function useDefaultUnitId(): { unitId: number | undefined; isPending: boolean } {
  const me = useMe();
  const units = useUnits();
  const types = useUnitTypes();
  const unitId = useMemo(() => {
    const list = units.data ?? [];
    const own = list.find((unit) => unit.id === me.unitId);
    if (own && types.byCode.get(own.type)?.isArea !== true) return own.id;
    return list.some((unit) => unit.id === me.scopeUnitId) ? me.scopeUnitId : undefined;
  }, [units.data, types.byCode, me.unitId, me.scopeUnitId]);
  return { unitId, isPending: units.isPending || types.isPending };
}
