import { describe, expect, it } from 'vitest';
import { previousPeriod } from './previousPeriod';

describe('the period before a report’s', () => {
  it.each([
    ['2025-12-15', '2026-09-14', '2024-12-15', '2025-12-14'],
    ['2026-01-01', '2026-06-30', '2025-01-01', '2025-12-31'],
    ['2026-01-01', '2026-12-31', '2025-01-01', '2025-12-31'],
    ['2026-04-01', '2026-06-30', '2026-01-01', '2026-03-31'],
    ['2026-03-01', '2026-03-31', '2026-02-01', '2026-02-28'],
  ])('%s – %s → %s – %s', (start, end, from, to) => {
    expect(previousPeriod(start, end)).toEqual({ from, to });
  });
});
