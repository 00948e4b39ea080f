import { describe, expect, it } from 'vitest';
import { hasModelFilters, readModelFilters, writeModelFilters } from './modelFilters';

describe('models list filters in the address', () => {
  it('reads what it writes and drops what is not a filter value', () => {
    const filters = {
      q: 'dân vận',
      movementId: 3,
      field: 'economy',
      status: 'recognised',
      level: 'district',
      unitId: 12,
      year: 2026,
      sort: 'name',
    } as const;
    expect(readModelFilters(writeModelFilters(filters))).toEqual(filters);
    expect(
      readModelFilters(new URLSearchParams('field=sports&status=x&year=1800&unitId=-2&sort=price&movementId=abc')),
    ).toEqual({ q: '' });
  });

  it('leaves the default order and empty search out of the address', () => {
    expect(writeModelFilters({ q: '  ', sort: '-registeredOn' }).toString()).toBe('');
    expect(hasModelFilters({ q: '', sort: 'name' })).toBe(false);
    expect(hasModelFilters({ q: '', year: 2026 })).toBe(true);
  });
});
