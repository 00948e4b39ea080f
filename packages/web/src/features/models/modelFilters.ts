import {
  modelFields,
  modelSorts,
  modelStatusNames,
  recognitionLevels,
  type ModelField,
  type ModelSort,
  type ModelStatus,
  type RecognitionLevel,
} from '@danvan/shared';

export interface ModelFilters {
  q: string;
  movementId?: number;
  field?: ModelField;
  status?: ModelStatus;
  level?: RecognitionLevel;
  /** The unit and its subtree. */
  unitId?: number;
  year?: number;
  /** Absent: the server's default, newest registrations first. */
  sort?: ModelSort;
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/** Reads the list's filters from the address (`/models?q=camera&status=recognised`); bad values are dropped. */
export function readModelFilters(params: URLSearchParams): ModelFilters {
  const year = positiveInt(params.get('year'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    movementId: positiveInt(params.get('movementId')),
    field: oneOf(params.get('field'), Object.keys(modelFields) as ModelField[]),
    status: oneOf(params.get('status'), Object.keys(modelStatusNames) as ModelStatus[]),
    level: oneOf(params.get('level'), Object.keys(recognitionLevels) as RecognitionLevel[]),
    unitId: positiveInt(params.get('unitId')),
    year: year !== undefined && year >= 2000 && year <= 2100 ? year : undefined,
    sort: oneOf(params.get('sort'), modelSorts),
  };
}

/** The address query for the filters, leaving out what is empty or the default. */
export function writeModelFilters(filters: ModelFilters): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['q', filters.q.trim() || undefined],
    ['movementId', filters.movementId],
    ['field', filters.field],
    ['status', filters.status],
    ['level', filters.level],
    ['unitId', filters.unitId],
    ['year', filters.year],
    ['sort', filters.sort === '-registeredOn' ? undefined : filters.sort],
  ];
  for (const [key, value] of entries) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params;
}

export function hasModelFilters(filters: ModelFilters): boolean {
  const { sort: _sort, q, ...rest } = filters;
  return Boolean(q.trim()) || Object.values(rest).some((value) => value !== undefined);
}
