import { describe, expect, it, vi } from 'vitest';
import { hashKey } from '@tanstack/react-query';
import { readUrlValues } from '../../lib/urlFilters';
import { assessmentFilterFields } from './assessmentFilters';
import { chartSvgPath, democracyKeys } from './api';
import { unfilteredAssessments } from './prefetchAssessments';

// The interface language sets itself on the document when loaded; no document here.
vi.mock('../../lib/i18n', () => ({ currentLang: () => 'vi' }));

describe('the assessments list fetched ahead for /democracy', () => {
  it('is the query the page makes for an address without filters', () => {
    const page = readUrlValues(assessmentFilterFields, new URLSearchParams());
    expect(hashKey(democracyKeys.list(unfilteredAssessments()))).toBe(hashKey(democracyKeys.list(page)));
  });

  it('has the chart picture the page shows', () => {
    const page = readUrlValues(assessmentFilterFields, new URLSearchParams());
    expect(chartSvgPath(unfilteredAssessments())).toBe(chartSvgPath(page));
  });
});
