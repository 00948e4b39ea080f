import type { QueryClient } from '@tanstack/react-query';
import type {
  CloseUnitInput,
  CreateUnitInput,
  ImportJob,
  ImportUnitsInput,
  MoveUnitInput,
  RenameUnitInput,
  Unit,
  UnitDetail,
  UnitDocumentNamesInput,
} from '@danvan/shared';
import { api } from '../../lib/api';
import { unitListKey, unitTypesKey } from '../../lib/units';

export const unitKeys = {
  all: ['units'] as const,
  list: unitListKey,
  detail: (id: number) => ['units', 'detail', id] as const,
  types: unitTypesKey,
  importJob: (id: string) => ['import-job', id] as const,
};

export function fetchUnit(id: number): Promise<UnitDetail> {
  return api<UnitDetail>(`/api/units/${id}`);
}

export function createUnit(input: CreateUnitInput): Promise<Unit> {
  return api<Unit>('/api/units', { method: 'POST', body: input });
}

export function renameUnit(id: number, input: RenameUnitInput): Promise<Unit> {
  return api<Unit>(`/api/units/${id}`, { method: 'PATCH', body: input });
}

/** The name and symbol abbreviation the unit signs documents with; null goes back to the derived ones. */
export function setUnitDocumentNames(id: number, input: UnitDocumentNamesInput): Promise<Unit> {
  return api<Unit>(`/api/units/${id}/document-names`, { method: 'PUT', body: input });
}

export function moveUnit(id: number, input: MoveUnitInput): Promise<Unit> {
  return api<Unit>(`/api/units/${id}/move`, { method: 'POST', body: input });
}

export function closeUnit(id: number, input: CloseUnitInput): Promise<Unit> {
  return api<Unit>(`/api/units/${id}/close`, { method: 'POST', body: input });
}

export function startImport(input: ImportUnitsInput): Promise<ImportJob> {
  return api<ImportJob>('/api/units/import', { method: 'POST', body: input });
}

export function fetchImportJob(id: string): Promise<ImportJob> {
  return api<ImportJob>(`/api/units/import/${encodeURIComponent(id)}`);
}

/** After any change to the unit tree: lists, details, and the unit names shown on users. */
export function invalidateUnits(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: unitKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['users'] }),
  ]).then(() => undefined);
}
