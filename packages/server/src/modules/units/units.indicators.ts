import { oncePerContext, type ComputedIndicator } from '../../reporting/computed-indicators.js';
import { countUnitsOpenOn } from './units.repository.js';

const memberOrganisationTypes = [
  'fatherland_front',
  'womens_union',
  'youth_union',
  'farmers_union',
  'veterans_association',
  'trade_union',
];
const countedTypes = ['residential_area', ...memberOrganisationTypes];

// Both counts from one query per report computation.
const openUnitsOf = oncePerContext((sql, context) =>
  countUnitsOpenOn(sql, { area: context, types: countedTypes, day: context.periodEnd }),
);

const countOpenUnits =
  (types: string[]): ComputedIndicator['compute'] =>
  async (sql, context) => {
    const byType = await openUnitsOf(sql, context);
    return { value: types.reduce((sum, type) => sum + (byType.get(type) ?? 0), 0) };
  };

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
    compute: countOpenUnits(memberOrganisationTypes),
  },
];
