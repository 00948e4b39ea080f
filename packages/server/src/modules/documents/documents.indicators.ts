import { documentTypeCodes } from '@danvan/shared';
import type { ComputedIndicator } from '../reports/computed-indicators.js';
import { countDocuments } from './documents.repository.js';

const counter = (type: string | null): ComputedIndicator['compute'] => async (sql, context) => ({
  value: await countDocuments(sql, { area: context, from: context.periodStart, to: context.periodEnd, type }),
});

/** Documents registered in the period in the report's area: all, and per type (NQ, KH, CV…). */
export const documentIndicators: ComputedIndicator[] = [
  { key: 'documents.all', description: 'Văn bản ban hành, tham mưu trong kỳ', compute: counter(null) },
  ...documentTypeCodes.map((type) => ({ key: `documents.type.${type}`, description: `Văn bản loại ${type} trong kỳ`, compute: counter(type) })),
];
