import {
  formatDateVi,
  modelFields,
  modelStatusNames,
  recognitionLevels,
  type ModelField,
  type MovementSummary,
  type ModelStatus,
  type RecognitionLevel,
} from '@danvan/shared';
import type { Lang } from '../../lib/i18n';

export const statusColors: Record<ModelStatus, string> = {
  registered: 'default',
  evaluated: 'processing',
  recognised: 'success',
  not_recognised: 'error',
};

/** Chart colours per status, in the order of the lifecycle. */
export const fieldOptions = (lang: Lang) =>
  (Object.keys(modelFields) as ModelField[]).map((value) => ({ value, label: modelFields[value][lang] }));

export const statusOptions = (lang: Lang) =>
  (Object.keys(modelStatusNames) as ModelStatus[]).map((value) => ({ value, label: modelStatusNames[value][lang] }));

export const levelOptions = (lang: Lang) =>
  (Object.keys(recognitionLevels) as RecognitionLevel[]).map((value) => ({
    value,
    label: recognitionLevels[value][lang],
  }));

/** "Được công nhận – Cấp huyện", or the status alone. */
export function statusText(status: ModelStatus, level: RecognitionLevel | null, lang: Lang): string {
  const name = modelStatusNames[status][lang];
  return level ? `${name} – ${recognitionLevels[level][lang]}` : name;
}

/** "01/01/2026 – 31/12/2026", or "từ 01/03/2026" while open-ended. */
export function periodText(movement: Pick<MovementSummary, 'startOn' | 'endOn'>, from: string): string {
  return movement.endOn
    ? `${formatDateVi(movement.startOn)} – ${formatDateVi(movement.endOn)}`
    : `${from} ${formatDateVi(movement.startOn)}`;
}
