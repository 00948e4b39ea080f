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

/** Collectives and individuals commended, commemorative medals awarded, from the decisions' recipients. */
export const commendationIndicators: ComputedIndicator[] = [
  { key: 'commendations.collectives', description: 'Khen thưởng: tập thể được khen', compute: figure('collectives') },
  { key: 'commendations.individuals', description: 'Khen thưởng: cá nhân được khen', compute: figure('individuals') },
  { key: 'commendations.medals', description: 'Khen thưởng: kỷ niệm chương được tặng', compute: figure('medals') },
];
