import { modelFields } from '@danvan/shared';
import type { ComputedIndicator } from '../reports/computed-indicators.js';
import { countModels, countParticipation } from './models.repository.js';

const models = (recognised: boolean, field: string | null): ComputedIndicator['compute'] => async (sql, c) => ({
  value: await countModels(sql, { area: c, from: c.periodStart, to: c.periodEnd, recognised, field }),
});

/** Models registered / recognised in the period and by field, and units taking part in movements ("8/8"). */
export const modelIndicators: ComputedIndicator[] = [
  { key: 'models.registered', description: 'Mô hình đăng ký trong kỳ', compute: models(false, null) },
  { key: 'models.recognised', description: 'Mô hình được công nhận trong kỳ', compute: models(true, null) },
  ...(['economy', 'culture_society', 'defense_security', 'political_system'] as const).map((field) => ({
    key: `models.field.${field}`, description: `Mô hình đăng ký trong kỳ, lĩnh vực "${modelFields[field].vi}"`, compute: models(false, field),
  })),
  {
    key: 'movements.participation',
    description: 'Đơn vị tham gia phong trào / đơn vị được giao',
    compute: async (sql, c) => {
      const { taking, expected } = await countParticipation(sql, { area: c, from: c.periodStart, to: c.periodEnd });
      return { value: taking, denominator: expected };
    },
  },
];
