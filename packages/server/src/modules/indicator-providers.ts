import type { ComputedIndicator, NarrativeFacts } from './reports/computed-indicators.js';
import { democracyIndicators } from './democracy/democracy.indicators.js';
import { documentIndicators } from './documents/documents.indicators.js';
import { memberIndicators } from './members/members.indicators.js';
import { modelFacts } from './models/models.facts.js';
import { modelIndicators } from './models/models.indicators.js';
import { unitIndicators } from './units/units.indicators.js';

/** Every module that computes report indicators from its records lists them here. */
const providers: ComputedIndicator[][] = [
  unitIndicators,
  documentIndicators,
  modelIndicators,
  memberIndicators,
  democracyIndicators,
];

export const computedIndicators: ReadonlyMap<string, ComputedIndicator> = new Map(
  providers.flat().map((indicator) => [indicator.key, indicator]),
);

/** Every module that names what its records say beyond counts, for the narrative, lists it here. */
export const narrativeFacts: readonly NarrativeFacts[] = [...modelFacts];
