import type { RoundSummary, Unit } from '@danvan/shared';
import { describe, expect, it } from 'vitest';
import { defaultRound, roundsOfUnit } from './roundChoices';

const unit = (id: number, path: string, type: string) => ({ id, path, type }) as Unit;
const ends: Partial<Record<RoundSummary['template'], string>> = {
  six_month: '06-30',
  nine_month: '09-30',
  annual: '12-31',
};
const round = (id: number, openerUnitId: number, template: RoundSummary['template'], year: number, types: string[]) =>
  ({
    id,
    openerUnitId,
    template,
    year,
    periodEnd: `${year}-${ends[template]}`,
    reportingUnitTypes: types,
    progress: { includesOpener: openerUnitId === 2 },
  }) as RoundSummary;

const units = [unit(1, '1', 'province'), unit(2, '1.2', 'city'), unit(3, '1.2.3', 'ward'), unit(4, '1.4', 'city')];

describe('the rounds a conference can report on', () => {
  it('offers the rounds its unit opened or reports in, newest first', () => {
    const rounds = [
      round(10, 1, 'nine_month', 2026, ['city']),
      round(11, 2, 'six_month', 2026, ['ward']),
      round(12, 1, 'annual', 2025, ['ward']),
      round(13, 4, 'nine_month', 2026, ['ward']),
      // Opened by the province for the cities only: the province has no report in it.
      round(14, 1, 'six_month', 2026, ['city']),
    ];
    expect(roundsOfUnit(rounds, units, 2).map((r) => r.id)).toEqual([10, 14, 11]);
    expect(roundsOfUnit(rounds, units, 1).map((r) => r.id)).toEqual([]);
    expect(roundsOfUnit(rounds, units, 3).map((r) => r.id)).toEqual([11, 12]);
  });

  it('defaults to the round of the period the kind reviews', () => {
    const rounds = [round(10, 1, 'nine_month', 2026, ['city']), round(12, 1, 'annual', 2025, ['city'])];
    expect(defaultRound(rounds, 'so_ket_9', 2026)).toBe(10);
    expect(defaultRound(rounds, 'so_ket_6', 2026)).toBeNull();
    // An annual review held in January reports on the year before.
    expect(defaultRound(rounds, 'tong_ket', 2026)).toBe(12);
    expect(defaultRound(rounds, 'chuyen_de', 2026)).toBeNull();
  });
});
