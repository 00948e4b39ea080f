import type { ComputedIndicator } from '../../reporting/computed-indicators.js';
import { countUnitsOpenOn } from './units.repository.js';

const countOpenUnits =
  (types: string[]): ComputedIndicator['compute'] =>
  async (sql, context) => ({ value: await countUnitsOpenOn(sql, { area: context, types, day: context.periodEnd }) });

/** Counts the units module can answer from the unit tree, as of the period's last day. */
export const unitIndicators: ComputedIndicator[] = [
  {
    key: 'units.residential_areas',
    description: 'Thôn, tổ dân phố đang hoạt động trong địa bàn',
    compute: countOpenUnits(['residential_area']),
  },
  {
    key: 'units.member_organisations',
    description: 'Tổ chức Mặt trận và đoàn thể đang hoạt động trong địa bàn',
    compute: countOpenUnits([
      'fatherland_front',
      'womens_union',
      'youth_union',
      'farmers_union',
      'veterans_association',
      'trade_union',
    ]),
  },
];
