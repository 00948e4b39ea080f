import type { AssessmentSaveInput, DemocracyRating } from '@danvan/shared';
import type { Actor } from '../auth/authorize.js';
import type { Database } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import { getChecklist } from '../modules/democracy/index.js';
import { rateAssessment, returnAssessment, saveAssessment, submitAssessment } from '../modules/democracy/index.js';
import { findOpenUnitsByCodes } from '../modules/units/index.js';
import { wardCodes } from './demo-data.js';

type Stage = 'draft' | 'submitted' | 'returned' | DemocracyRating;

/** Deterministic answers: most items done, a few partly or not done, counts that look like a ward's year. */
function answers(
  items: { id: number; group: string; code: string }[],
  year: number,
  seed: number,
  selfRating: DemocracyRating,
  complete: boolean,
): AssessmentSaveInput {
  let state = seed;
  const next = (min: number, max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    // The low bits of this generator repeat quickly; the high ones vary.
    return min + ((state >>> 16) % (max - min + 1));
  };
  const chosen = complete ? items : items.slice(0, Math.ceil(items.length / 2));
  return {
    entries: chosen.map((item) => {
      const roll = next(1, 10);
      const status =
        item.code === 'YK_DIA_GIOI' ? 'not_applicable' : roll <= 7 ? 'done' : roll <= 9 ? 'partial' : 'not_done';
      const counts = status === 'done' || status === 'partial';
      return {
        itemId: item.id,
        status,
        quantity: counts ? (item.group === 'disclosure' ? next(2, 9) : next(1, 3)) : null,
        meetings: counts && item.group !== 'disclosure' ? next(1, 4) : null,
        doneOn: counts
          ? `${year}-${String(next(1, 11)).padStart(2, '0')}-${String(next(1, 28)).padStart(2, '0')}`
          : null,
        documentIds: [],
        note: status === 'partial' ? 'Một số khu phố chưa niêm yết đủ thời gian quy định' : '',
      };
    }),
    selfRating: complete ? selfRating : null,
    selfComment: complete ? 'Cơ bản thực hiện tốt các nội dung theo Luật Thực hiện dân chủ ở cơ sở.' : '',
  };
}

/**
 * Grassroots-democracy assessments of the city's wards: last year all rated, this year at every
 * stage (draft, submitted, returned, rated). The demo loader acts in each ward as the system admin.
 */
export async function seedDemoDemocracy(db: Database, leader: Actor, admin: Actor): Promise<void> {
  const wards = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, wardCodes));
  wards.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  const now = new Date().getFullYear();
  const plan: Record<number, (Stage | null)[]> = {
    [now - 1]: ['good', 'fair', 'good', 'good', 'fair', 'average', 'good', 'fair'],
    // Phường 2 is left for its account to start; Phường 3 and 7 wait for the city's rating.
    [now]: ['draft', null, 'submitted', 'good', 'fair', 'returned', 'submitted', 'draft'],
  };
  for (const [yearText, stages] of Object.entries(plan)) {
    const year = Number(yearText);
    const { items } = await getChecklist(db, admin, year);
    const active = items.filter((item) => !item.retired);
    for (const [index, ward] of wards.entries()) {
      const stage = stages[index];
      if (!stage) continue;
      const inWard: Actor = { ...admin, scopePath: ward.path, scopeUnitId: ward.id };
      const selfRating: DemocracyRating =
        stage === 'good' || stage === 'fair' || stage === 'average' || stage === 'weak'
          ? index % 2
            ? 'good'
            : stage
          : 'good';
      await saveAssessment(
        db,
        inWard,
        ward.id,
        year,
        answers(active, year, year * 10 + index, selfRating, stage !== 'draft'),
        '127.0.0.1',
      );
      if (stage === 'draft') continue;
      await submitAssessment(db, inWard, ward.id, year, '127.0.0.1');
      if (stage === 'submitted') continue;
      if (stage === 'returned') {
        await returnAssessment(
          db,
          leader,
          ward.id,
          year,
          'Đề nghị bổ sung biên bản hội nghị đối thoại và kết quả công khai ngân sách.',
          '127.0.0.1',
        );
        continue;
      }
      await rateAssessment(
        db,
        leader,
        ward.id,
        year,
        {
          rating: stage,
          comment:
            stage === 'good'
              ? 'Thực hiện nghiêm túc, đầy đủ.'
              : 'Cần bảo đảm thời hạn công khai và tổ chức hội nghị đúng quy định.',
        },
        '127.0.0.1',
      );
    }
  }
}
