import { documentTopicCodes, documentTopics, documentTypeCodes } from '@danvan/shared';
import { oncePerContext, type ComputedIndicator } from '../../reporting/computed-indicators.js';
import { countDocumentsByTypeAndTopic } from './documents.repository.js';

// All the document counts of one report computation come from one query (a round has some 17 of them).
const counts = oncePerContext((sql, context) =>
  countDocumentsByTypeAndTopic(sql, { area: context, from: context.periodStart, to: context.periodEnd }),
);

const counter =
  (filter: { type?: string; topic?: string }): ComputedIndicator['compute'] =>
  async (sql, context) => {
    const { total, byType, byTopic } = await counts(sql, context);
    return {
      value: filter.type ? (byType.get(filter.type) ?? 0) : filter.topic ? (byTopic.get(filter.topic) ?? 0) : total,
    };
  };

/**
 * Documents registered in the period in the report's area: all, per type (NQ, KH, CV…) and per
 * topic (công tác tôn giáo, giải phóng mặt bằng…; a document with two topics counts under both).
 */
export const documentIndicators: ComputedIndicator[] = [
  { key: 'documents.all', description: 'Văn bản ban hành, tham mưu trong kỳ', compute: counter({}) },
  ...documentTypeCodes.map((type) => ({
    key: `documents.type.${type}`,
    description: `Văn bản loại ${type} trong kỳ`,
    compute: counter({ type }),
  })),
  ...documentTopicCodes.map((topic) => ({
    key: `documents.topic.${topic}`,
    description: `Văn bản có chủ đề "${documentTopics[topic].vi}" trong kỳ`,
    compute: counter({ topic }),
  })),
];
