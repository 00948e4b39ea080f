import { democracyRatingCodes, democracyRatings, type DemocracyGroup } from '@danvan/shared';
import { oncePerContext, type ComputedIndicator, type ComputeContext } from '../../reporting/computed-indicators.js';
import { countRatings, sumEntries } from './democracy.repository.js';

// Assessments are yearly: a report counts those of the year its data period ends in.
const yearOf = (context: ComputeContext) => Number(context.periodEnd.slice(0, 4));

const ratingsOf = oncePerContext((sql, c) => countRatings(sql, { area: c, year: yearOf(c) }));

const sumsOf = oncePerContext((sql, c) => sumEntries(sql, { area: c, year: yearOf(c) }));

const quantities =
  (group: DemocracyGroup): ComputedIndicator['compute'] =>
  async (sql, c) => {
    const sums = await sumsOf(sql, c);
    return { value: sums ? (sums.quantity.get(group) ?? 0) : null };
  };

/** Items disclosed, matters decided and consulted on, meetings held, and units by the upper level's rating. */
export const democracyIndicators: ComputedIndicator[] = [
  {
    key: 'democracy.disclosed',
    description: 'Nội dung đã công khai (tự đánh giá dân chủ ở cơ sở)',
    compute: quantities('disclosure'),
  },
  { key: 'democracy.decided', description: 'Nội dung nhân dân bàn và quyết định', compute: quantities('decision') },
  { key: 'democracy.consulted', description: 'Nội dung nhân dân tham gia ý kiến', compute: quantities('consultation') },
  {
    key: 'democracy.meetings',
    description: 'Cuộc họp, hội nghị thực hiện dân chủ ở cơ sở',
    compute: async (sql, c) => ({ value: (await sumsOf(sql, c))?.meetings ?? null }),
  },
  ...democracyRatingCodes.map((rating) => ({
    key: `democracy.rated.${rating}`,
    description: `Đơn vị được cấp trên xếp loại ${democracyRatings[rating].vi.toLowerCase()}`,
    // None rated yet: a missing figure, not zero.
    compute: async (sql: Parameters<ComputedIndicator['compute']>[0], c: ComputeContext) => {
      const ratings = await ratingsOf(sql, c);
      return { value: ratings.size === 0 ? null : (ratings.get(rating) ?? 0) };
    },
  })),
];
