import { inArea, type ComputedIndicator } from '../../reporting/computed-indicators.js';

const countOpenUnits =
  (types: string[]): ComputedIndicator['compute'] =>
  async (sql, context) => {
    const { rows } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM units
      WHERE ${inArea('path', 1)} AND type = ANY($3::text[])
        AND (opened_on IS NULL OR opened_on <= $4::date) AND (closed_on IS NULL OR closed_on > $4::date)`,
      [context.unitPath, context.excludedPaths, types, context.periodEnd],
    );
    return { value: rows[0].n };
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
