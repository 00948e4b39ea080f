import { oncePerContext, type ComputedIndicator } from '../../reporting/computed-indicators.js';
import { sumMemberFigures } from './members.repository.js';

type Figure = 'members' | 'admitted' | 'left_count' | 'referred_to_party';

const sumsOf = oncePerContext((sql, c) => sumMemberFigures(sql, { area: c, from: c.periodStart, to: c.periodEnd }));

// No entry in the subtree for the period: no computed figure (the form is filled in by hand), never zero.
const figure =
  (name: Figure): ComputedIndicator['compute'] =>
  async (sql, c) => {
    const sums = await sumsOf(sql, c);
    return { value: sums.entries === 0 ? null : sums[name] };
  };

/** Members of the Front and member organisations: the latest count of the period, and the period's flows. */
export const memberIndicators: ComputedIndicator[] = [
  { key: 'members.total', description: 'Tổng số đoàn viên, hội viên cuối kỳ', compute: figure('members') },
  { key: 'members.admitted', description: 'Đoàn viên, hội viên kết nạp mới trong kỳ', compute: figure('admitted') },
  { key: 'members.left', description: 'Đoàn viên, hội viên ra khỏi tổ chức trong kỳ', compute: figure('left_count') },
  {
    key: 'members.referred_to_party',
    description: 'Đoàn viên, hội viên ưu tú giới thiệu cho Đảng trong kỳ',
    compute: figure('referred_to_party'),
  },
];
