import { documentTopicCodes, documentTopics, documentTypeCodes } from '@danvan/shared';
import type { ComputedIndicator } from '../reports/computed-indicators.js';
import { countDocuments } from './documents.repository.js';

const counter = (filter: { type?: string; topic?: string }): ComputedIndicator['compute'] => async (sql, context) => ({
  value: await countDocuments(sql, { area: context, from: context.periodStart, to: context.periodEnd, type: filter.type ?? null, topic: filter.topic ?? null }),
});

/**
 * Documents registered in the period in the report's area: all, per type (NQ, KH, CV…) and per
 * topic (công tác tôn giáo, giải phóng mặt bằng…; a document with two topics counts under both).
 */
export const documentIndicators: ComputedIndicator[] = [
  { key: 'documents.all', description: 'Văn bản ban hành, tham mưu trong kỳ', compute: counter({}) },
  ...documentTypeCodes.map((type) => ({ key: `documents.type.${type}`, description: `Văn bản loại ${type} trong kỳ`, compute: counter({ type }) })),
  ...documentTopicCodes.map((topic) => ({
    key: `documents.topic.${topic}`,
    description: `Văn bản có chủ đề "${documentTopics[topic].vi}" trong kỳ`,
    compute: counter({ topic }),
  })),
];
