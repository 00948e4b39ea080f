import { oncePerContext, type ComputedIndicator } from '../../reporting/computed-indicators.js';
import type { Sql } from '../../db/client.js';
import { countHeldConferences } from './conference-counts.repository.js';

const KINDS = {
  so_ket_6: 'sơ kết 6 tháng',
  so_ket_9: 'sơ kết 9 tháng',
  tong_ket: 'tổng kết năm',
  chuyen_de: 'chuyên đề',
};

interface Counts {
  held: number;
  kinds: Record<string, number>;
  attending: number;
  bridgePoints: number;
}

/**
 * The conferences organised in the area and held in the period (recorded as held, whatever came after):
 * how many, by kind, the people who attended (the main hall and every bridge point) and the bridge points.
 */
const countsOf = oncePerContext(async (sql: Sql, c): Promise<Counts> => {
  const rows = await countHeldConferences(sql, c);
  const counts: Counts = { held: 0, kinds: {}, attending: 0, bridgePoints: 0 };
  for (const row of rows) {
    counts.held += row.n;
    counts.kinds[row.kind] = row.n;
    counts.attending += row.attending;
    counts.bridgePoints += row.points;
  }
  return counts;
});

// No conference held in the area in the period: no computed figure (filled in by hand), never zero.
const figure =
  (pick: (counts: Counts) => number): ComputedIndicator['compute'] =>
  async (sql, c) => {
    const counts = await countsOf(sql, c);
    return { value: counts.held === 0 ? null : pick(counts) };
  };

export const conferenceIndicators: ComputedIndicator[] = [
  { key: 'conferences.held', description: 'Hội nghị: số hội nghị đã tổ chức', compute: figure((c) => c.held) },
  ...Object.entries(KINDS).map(([kind, name]) => ({
    key: `conferences.kind.${kind}`,
    description: `Hội nghị: số hội nghị ${name}`,
    compute: figure((c) => c.kinds[kind] ?? 0),
  })),
  { key: 'conferences.attending', description: 'Hội nghị: lượt người dự', compute: figure((c) => c.attending) },
  { key: 'conferences.bridgePoints', description: 'Hội nghị: số điểm cầu', compute: figure((c) => c.bridgePoints) },
];
