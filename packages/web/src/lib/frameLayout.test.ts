import { beforeAll, describe, expect, it, vi } from 'vitest';
import { expectedChartWidth, type ChartBox } from './frameLayout';

// The widths the chart screens measured in Chromium (scrollbars overlaying the page) for these windows.
const halfOfRow: ChartBox[] = [{ columns: 2, gutter: 16, from: 'xl' }, 'card'];

describe('the width a chart is expected to have before its screen renders', () => {
  beforeAll(() => {
    // A scrollbar that takes no room, as on phones and in the bench's headless Chromium.
    const probe = { style: {}, offsetWidth: 100, clientWidth: 100, remove: () => undefined };
    vi.stubGlobal('document', { createElement: () => probe, body: { append: () => undefined } });
  });

  it('is the dashboard’s, democracy’s, models’ and members’ at 1366 px: menu open, two charts side by side', () => {
    expect(expectedChartWidth(halfOfRow, 1366)).toBe(485);
    expect(expectedChartWidth(['card'], 1366)).toBe(1036);
    expect(expectedChartWidth(['card', 'smallCollapse'], 1366)).toBe(1010);
    expect(expectedChartWidth(['card', 'smallCard'], 1366)).toBe(1010);
  });

  it('puts the columns one above the other below `xl` and narrows the menu below `lg`', () => {
    expect(expectedChartWidth(halfOfRow, 1100)).toBe(770);
    expect(expectedChartWidth(halfOfRow, 900)).toBe(722);
    expect(expectedChartWidth(['card', 'smallCollapse'], 900)).toBe(696);
  });

  it('has no menu and small paddings on a phone', () => {
    expect(expectedChartWidth(halfOfRow, 390)).toBe(340);
    expect(expectedChartWidth(['card', 'smallCard'], 390)).toBe(314);
  });
});
