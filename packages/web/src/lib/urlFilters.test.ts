import { describe, expect, it } from 'vitest';
import { readUrlValues, urlField, writeUrlValues } from './urlFilters';

const fields = {
  q: urlField.text(10),
  unitId: urlField.id(),
  year: urlField.withDefault(urlField.year(), 2026),
  status: urlField.oneOf(['draft', 'approved'] as const),
  from: urlField.date(),
  kind: urlField.code(),
};

describe('list filters in the address', () => {
  it('reads what it writes, leaving out blanks and defaults', () => {
    const values = {
      q: 'dân vận',
      unitId: 7,
      year: 2025,
      status: 'approved' as const,
      from: '2026-02-28',
      kind: 'DVK',
    };
    expect(readUrlValues(fields, writeUrlValues(fields, values))).toEqual(values);
    expect(writeUrlValues(fields, { q: '  ', year: 2026 }).toString()).toBe('');
  });

  it('drops what is not a value of the field', () => {
    const params = new URLSearchParams('q=abcdefghijklmno&unitId=-3&year=1999&status=lost&from=2026-02-30&kind=');
    expect(readUrlValues(fields, params)).toEqual({
      q: 'abcdefghij',
      unitId: undefined,
      year: 2026,
      status: undefined,
      from: undefined,
      kind: undefined,
    });
  });
});
