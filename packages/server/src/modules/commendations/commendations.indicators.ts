import type { AwardReportClass } from '@danvan/shared';
import { oncePerContext, type ComputedIndicator } from '../../reporting/computed-indicators.js';
import { countRecipients } from './decisions.repository.js';

// Counted by the day of the decision: the recipients of decisions signed in the period, in the area.
const countsOf = oncePerContext((sql, c) => countRecipients(sql, { area: c, from: c.periodStart, to: c.periodEnd }));

// No decision in the period: no computed figure (filled in by hand), never zero.
const figure =
  (key: 'individuals' | 'collectives' | 'medals'): ComputedIndicator['compute'] =>
  async (sql, c) => {
    const counts = await countsOf(sql, c);
    return { value: counts.total === 0 ? null : counts[key] };
  };

// By class: none of the class recorded in the period is no figure either, not zero. Awards of one kind
// (a central medal, a province's certificates) are often decided outside the campaigns kept here, so
// other awards recorded do not tell that none of this kind was given.
const ofClass =
  (reportAs: AwardReportClass): ComputedIndicator['compute'] =>
  async (sql, c) => ({ value: (await countsOf(sql, c)).byClass[reportAs] ?? null });

/**
 * Collectives and individuals commended, commemorative medals awarded, and the awards of each report
 * class an administrator gives an award type (award_types.report_as), from the decisions' recipients.
 */
export const commendationIndicators: ComputedIndicator[] = [
  { key: 'commendations.collectives', description: 'Khen thưởng: tập thể được khen', compute: figure('collectives') },
  { key: 'commendations.individuals', description: 'Khen thưởng: cá nhân được khen', compute: figure('individuals') },
  { key: 'commendations.medals', description: 'Khen thưởng: kỷ niệm chương được tặng', compute: figure('medals') },
  {
    key: 'commendations.medals.dan_van',
    description: 'Khen thưởng: Kỷ niệm chương "Vì sự nghiệp Dân vận" được tặng',
    compute: ofClass('medal_dan_van'),
  },
  {
    key: 'commendations.medals.dai_doan_ket',
    description: 'Khen thưởng: Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc" được tặng',
    compute: ofClass('medal_dai_doan_ket'),
  },
  {
    key: 'commendations.merit_certificates',
    description: 'Khen thưởng: bằng khen',
    compute: ofClass('merit_certificate'),
  },
  {
    key: 'commendations.commendation_certificates',
    description: 'Khen thưởng: giấy khen',
    compute: ofClass('commendation_certificate'),
  },
  {
    key: 'commendations.emulation_titles',
    description: 'Khen thưởng: danh hiệu thi đua',
    compute: ofClass('emulation_title'),
  },
];
