import type { ConferenceDetail } from '@danvan/shared';
import { describe, expect, it } from 'vitest';
import { attendanceSums, categoryOf, parsePastedAttendees } from './attendeeRows';

describe('named attendees', () => {
  it('reads the category from its words, accents optional', () => {
    expect(categoryOf('Lãnh đạo')).toBe('leaders');
    expect(categoryOf('MTTQ và đoàn thể')).toBe('front');
    expect(categoryOf('nhan dan')).toBe('citizens');
    expect(categoryOf('Cán bộ')).toBe('officials');
    expect(categoryOf('')).toBeNull();
  });

  it('takes rows copied from Excel or typed with "|", skipping the heading and blank lines', () => {
    const rows = parsePastedAttendees(
      [
        'Họ và tên\tChức vụ\tĐơn vị\tThành phần\tCó mặt',
        'Trần Văn Đức\tTrưởng ban\tBan Dân vận Thành ủy\tLãnh đạo\tCó mặt',
        '',
        'Phạm Thị Lan\tPhó Chủ tịch\tỦy ban MTTQ thành phố\tMTTQ và đoàn thể\tVắng',
      ].join('\n') + '\nLê Văn Hải | Cán bộ | Phường 1',
      'officials',
    );
    expect(rows).toEqual([
      {
        fullName: 'Trần Văn Đức',
        position: 'Trưởng ban',
        unitName: 'Ban Dân vận Thành ủy',
        category: 'leaders',
        present: true,
      },
      {
        fullName: 'Phạm Thị Lan',
        position: 'Phó Chủ tịch',
        unitName: 'Ủy ban MTTQ thành phố',
        category: 'front',
        present: false,
      },
      { fullName: 'Lê Văn Hải', position: 'Cán bộ', unitName: 'Phường 1', category: 'officials', present: true },
    ]);
  });

  it('sums the hall and the bridge points by category, as the conference counts its people', () => {
    const points = [
      { leaders: 9, officials: 38, front: 14, citizens: 0 },
      { leaders: 3, officials: 12, front: 6, citizens: 4 },
    ] as ConferenceDetail['bridgePoints'];
    const sums = attendanceSums({ leaders: 2, officials: null, front: Number.NaN }, points, [
      { category: 'leaders', present: true },
      { category: 'leaders', present: false },
      { category: 'front', present: true },
    ]);
    expect(sums.total).toEqual({ leaders: 14, officials: 50, front: 20, citizens: 4 });
    expect(sums.named).toEqual({ leaders: 1, officials: 0, front: 1, citizens: 0 });
  });
});
