import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { MovementKind } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { fetchMovementKinds, movementKeys } from './api';

/** The kinds a movement can be, as select options in the current language; they change only with a release. */
export function useMovementKinds() {
  const { lang } = useI18n();
  const query = useQuery({ queryKey: movementKeys.kinds, queryFn: fetchMovementKinds, staleTime: Infinity });
  const options = useMemo(
    () =>
      (query.data ?? []).map((kind: MovementKind) => ({
        value: kind.code,
        label: lang === 'vi' ? kind.nameVi : kind.nameEn,
      })),
    [query.data, lang],
  );
  return { ...query, options };
}
