// The registry of computed indicators and narrative facts: it names the providing modules (through
// their index.ts) and is read by the indicators module (the catalogue editor's choices) and by reports.
// The providers themselves depend only on the contract beside it (computed-indicators.ts), never on this.
import type { ComputedIndicator, NarrativeFacts } from './computed-indicators.js';
import { commendationIndicators } from '../modules/commendations/index.js';
import { conferenceIndicators } from '../modules/conferences/index.js';
import { democracyIndicators } from '../modules/democracy/index.js';
import { documentIndicators } from '../modules/documents/index.js';
import { memberIndicators } from '../modules/members/index.js';
import { modelFacts, modelIndicators } from '../modules/models/index.js';
import { taskIndicators } from '../modules/tasks/index.js';
import { unitIndicators } from '../modules/units/index.js';

/** Every module that computes report indicators from its records lists them here. */
const providers: ComputedIndicator[][] = [
  unitIndicators,
  documentIndicators,
  modelIndicators,
  memberIndicators,
  democracyIndicators,
  taskIndicators,
  commendationIndicators,
  conferenceIndicators,
];

export const computedIndicators: ReadonlyMap<string, ComputedIndicator> = new Map(
  providers.flat().map((indicator) => [indicator.key, indicator]),
);

/** Every module that names what its records say beyond counts, for the narrative, lists it here. */
export const narrativeFacts: readonly NarrativeFacts[] = [...modelFacts];
