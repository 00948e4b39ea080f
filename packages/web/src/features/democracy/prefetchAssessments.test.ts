import { describe, expect, it } from 'vitest';
import { hashKey } from '@tanstack/react-query';
import { readUrlValues } from '../../lib/urlFilters';
import { assessmentFilterFields } from './assessmentFilters';
import { democracyKeys } from './api';
import { unfilteredAssessments } from './prefetchAssessments';

describe('the assessments list fetched ahead for /democracy', () => {
  it('is the query the page makes for an address without filters', () => {
    const page = readUrlValues(assessmentFilterFields, new URLSearchParams());
    expect(hashKey(democracyKeys.list(unfilteredAssessments()))).toBe(hashKey(democracyKeys.list(page)));
  });
});
