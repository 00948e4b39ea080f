import { assessmentStatusCodes, democracyRatingCodes } from '@danvan/shared';
import { urlField } from '../../lib/urlFilters';

/** The assessments list's filters in the address (`/democracy?year=2025&rating=good`): this year unless told. */
export const assessmentFilterFields = {
  year: urlField.withDefault(urlField.year(), new Date().getFullYear()),
  status: urlField.oneOf(assessmentStatusCodes),
  rating: urlField.oneOf(democracyRatingCodes),
};
