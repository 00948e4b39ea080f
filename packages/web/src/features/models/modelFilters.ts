import { readUrlValues, urlField, writeUrlValues, type UrlField } from '../../lib/urlFilters';
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

const sort = urlField.oneOf(modelSorts);

/** The list's filters in the address (`/models?q=camera&status=recognised`). */
export const modelFilterFields = {
  q: urlField.text(),
  movementId: urlField.id(),
  field: urlField.oneOf(Object.keys(modelFields) as ModelField[]),
  status: urlField.oneOf(Object.keys(modelStatusNames) as ModelStatus[]),
  level: urlField.oneOf(Object.keys(recognitionLevels) as RecognitionLevel[]),
  unitId: urlField.id(),
  year: urlField.year(),
  // The server's default order goes without saying.
  sort: {
    read: sort.read,
    write: (value) => (value === '-registeredOn' ? undefined : sort.write(value)),
  } satisfies UrlField<ModelSort | undefined>,
};

export function readModelFilters(params: URLSearchParams): ModelFilters {
  return readUrlValues(modelFilterFields, params);
}

export function writeModelFilters(filters: ModelFilters): URLSearchParams {
  return writeUrlValues(modelFilterFields, filters);
}

export function hasModelFilters(filters: ModelFilters): boolean {
  const { sort: _sort, q, ...rest } = filters;
  return Boolean(q.trim()) || Object.values(rest).some((value) => value !== undefined);
}
