import { describe, expect, it } from 'vitest';
import { hashKey } from '@tanstack/react-query';
import { modelKeys } from './api';
import { readModelFilters } from './modelFilters';
import { unfilteredModels } from './prefetchModels';

describe('the models list fetched ahead for /models', () => {
  it('is the query the page makes for an address without filters', () => {
    const page = readModelFilters(new URLSearchParams());
    expect(hashKey(modelKeys.list(unfilteredModels()))).toBe(hashKey(modelKeys.list(page)));
  });
});
