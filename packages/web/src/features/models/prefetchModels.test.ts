import { describe, expect, it, vi } from 'vitest';
import { hashKey } from '@tanstack/react-query';
import { chartSvgPath, modelKeys } from './api';
import { readModelFilters } from './modelFilters';
import { unfilteredModels } from './prefetchModels';

// The interface language sets itself on the document when loaded; no document here.
vi.mock('../../lib/i18n', () => ({ currentLang: () => 'vi' }));

describe('the models list fetched ahead for /models', () => {
  it('is the query the page makes for an address without filters', () => {
    const page = readModelFilters(new URLSearchParams());
    expect(hashKey(modelKeys.list(unfilteredModels()))).toBe(hashKey(modelKeys.list(page)));
  });

  it('has the chart picture the page shows', () => {
    expect(chartSvgPath(unfilteredModels())).toBe(chartSvgPath(readModelFilters(new URLSearchParams())));
  });
});
