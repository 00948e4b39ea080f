import { DEFAULT_MOVEMENT_KIND, recognitionLevels, type RecognitionLevel } from '@danvan/shared';
import type { NarrativeFacts } from '../../reporting/computed-indicators.js';
import { findRecognisedModels } from './models.repository.js';

/** A narrative names a handful of models; the table and the models list hold the rest. */
const NAMED = 5;

/** "Dân vận khéo" models recognised in the period, named with their unit and level ("mô hình "Chợ văn minh" của Phường 1 (cấp huyện)"). */
export const modelFacts: NarrativeFacts[] = [
  {
    key: 'models.recognised.named',
    section: 'dvk',
    async collect(sql, context) {
      const models = await findRecognisedModels(sql, {
        area: context,
        from: context.periodStart,
        to: context.periodEnd,
        kind: DEFAULT_MOVEMENT_KIND,
        limit: NAMED,
      });
      if (models.length === 0) return [];
      const level = (code: string) => recognitionLevels[code as RecognitionLevel] ?? { vi: code, en: code };
      const vi = models
        .map((m) => `mô hình "${m.name}" của ${m.unit_name} (${level(m.level).vi.toLocaleLowerCase('vi')})`)
        .join('; ');
      const en = models
        .map((m) => `"${m.name}" of ${m.unit_name} (${level(m.level).en.toLowerCase()} level)`)
        .join('; ');
      return [{ vi: `Tiêu biểu là ${vi}.`, en: `Among them: ${en}.` }];
    },
  },
];
