import type { ComputedIndicator, NarrativeFacts } from './computed-indicators.js';
import { democracyIndicators } from '../modules/democracy/democracy.indicators.js';
import { documentIndicators } from '../modules/documents/documents.indicators.js';
import { memberIndicators } from '../modules/members/members.indicators.js';
import { modelFacts } from '../modules/models/models.facts.js';
import { modelIndicators } from '../modules/models/models.indicators.js';
import { unitIndicators } from '../modules/units/units.indicators.js';

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
