// The models' fields, levels, statuses, orders and the movements' seeded kinds, apart from the request schemas:
// importing them does not bring zod into the browser's chunks (the pages with charts are among the first screens on a
// slow connection; issue 11).

export const modelFields = {
  economy: { vi: 'Kinh tế', en: 'Economy' },
  culture_society: { vi: 'Văn hóa – xã hội', en: 'Culture and society' },
  defense_security: { vi: 'Quốc phòng – an ninh', en: 'Defense and security' },
  political_system: { vi: 'Xây dựng Đảng, hệ thống chính trị', en: 'Party and political-system building' },
} as const;
export type ModelField = keyof typeof modelFields;

export const recognitionLevels = {
  commune: { vi: 'Cấp xã', en: 'Commune' },
  district: { vi: 'Cấp huyện', en: 'District' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  central: { vi: 'Trung ương', en: 'Central' },
} as const;
export type RecognitionLevel = keyof typeof recognitionLevels;

export const modelStatusNames = {
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  evaluated: { vi: 'Đã đánh giá', en: 'Evaluated' },
  recognised: { vi: 'Được công nhận', en: 'Recognised' },
  not_recognised: { vi: 'Không công nhận', en: 'Not recognised' },
} as const;
export type ModelStatus = keyof typeof modelStatusNames;

/**
 * Kinds of movement are data (table movement_kinds, GET /api/movement-kinds); these are the kinds
 * the catalogue ships with, each with its own coverage indicator (movements.participation.<kind>).
 */
export const seededMovementKinds = ['dan_van_kheo', 'chinh_quyen_than_thien', 'other'] as const;
/** What a movement is when nobody says otherwise: the movements were all "Dân vận khéo" ones before kinds. */
export const DEFAULT_MOVEMENT_KIND = 'dan_van_kheo';

/** Orders of the models list; a leading `-` is descending. */
export const modelSorts = [
  '-registeredOn',
  'registeredOn',
  'name',
  '-name',
  'unit',
  'status',
  '-score',
  'score',
] as const;
export type ModelSort = (typeof modelSorts)[number];

/** Photos of a model: checked by content, at most this size. */
export const MODEL_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const modelPhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ModelPhotoType = (typeof modelPhotoTypes)[number];
