import { DEFAULT_MOVEMENT_KIND, modelFields, seededMovementKinds } from '@danvan/shared';
import { oncePerContext, type ComputedIndicator } from '../../reporting/computed-indicators.js';
import { countModels, countParticipation } from './models.repository.js';

// The catalogue's model counts are of "Dân vận khéo" models: those of a friendly-government movement are not.
const modelCountsOf = oncePerContext((sql, c) =>
  countModels(sql, { area: c, from: c.periodStart, to: c.periodEnd, kind: DEFAULT_MOVEMENT_KIND }),
);
const participationOf = oncePerContext((sql, c) =>
  countParticipation(sql, { area: c, from: c.periodStart, to: c.periodEnd }),
);

const models =
  (recognised: boolean, field: string | null): ComputedIndicator['compute'] =>
  async (sql, c) => {
    const counts = await modelCountsOf(sql, c);
    return {
      value: recognised ? counts.recognised : field ? (counts.byField.get(field) ?? 0) : counts.registered,
    };
  };

const participation =
  (kind: string): ComputedIndicator['compute'] =>
  async (sql, c) => {
    const { taking, expected } = (await participationOf(sql, c)).get(kind) ?? { taking: 0, expected: 0 };
    // Nobody expected below the unit (a ward reporting for itself): no figure, rather than "0/0".
    return expected === 0 ? { value: null } : { value: taking, denominator: expected };
  };

const kindNames: Record<(typeof seededMovementKinds)[number], string> = {
  dan_van_kheo: 'Dân vận khéo',
  chinh_quyen_than_thien: 'Chính quyền thân thiện, vì Nhân dân phục vụ',
  other: 'Phong trào khác',
};

/**
 * Models registered / recognised in the period and by field, and the units taking part in the
 * movements of each kind ("8/8"). `movements.participation`, the key of the time before kinds, stays
 * as "Dân vận khéo" so the rounds opened with it keep computing.
 */
export const modelIndicators: ComputedIndicator[] = [
  { key: 'models.registered', description: 'Mô hình đăng ký trong kỳ', compute: models(false, null) },
  { key: 'models.recognised', description: 'Mô hình được công nhận trong kỳ', compute: models(true, null) },
  ...(['economy', 'culture_society', 'defense_security', 'political_system'] as const).map((field) => ({
    key: `models.field.${field}`,
    description: `Mô hình đăng ký trong kỳ, lĩnh vực "${modelFields[field].vi}"`,
    compute: models(false, field),
  })),
  ...seededMovementKinds.map((kind) => ({
    key: `movements.participation.${kind}`,
    description: `Đơn vị tham gia phong trào "${kindNames[kind]}" / đơn vị được giao (cấp dưới)`,
    compute: participation(kind),
  })),
  {
    key: 'movements.participation',
    description: `Như movements.participation.${DEFAULT_MOVEMENT_KIND} (tên cũ, giữ cho các kỳ báo cáo đã mở)`,
    compute: participation(DEFAULT_MOVEMENT_KIND),
  },
];
