// The screens with charts (components/LazyChart.tsx users) that bench/web.ts opens with an empty cache: each must be
// usable within issue 11's 2.5 s, the slowest as much as the one named `chart` (the round dashboard, measured since
// the start). A screen is usable when its heading and first table row show, nothing is left loading, and every
// chart on it is drawn (data-drawn on components/LazyChart.tsx's container: the server's SVG picture of the chart has
// loaded, or ECharts has finished, not merely a canvas).
import type { Locator, Page } from 'playwright-core';

export const waitMs = 60_000;

/** How often the bench looks for what it waits for. */
const pollMs = 20;

/**
 * Waits until `locator` is visible, looking every 20 ms. Playwright's own `waitFor` looks again after 20, 50, 100 and
 * 100 ms and then only every 500 ms, so a screen that showed after the first half second was seen up to half a second
 * late: the time measured then said as much about that schedule as about the screen.
 */
export async function shown(locator: Locator): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (!(await locator.isVisible())) {
    if (Date.now() > deadline) throw new Error(`not shown within ${waitMs} ms: ${String(locator)}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export interface ChartScreen {
  case: string;
  /** The address opened, from the demo round's path. */
  path: (ids: { roundPath: string }) => string;
  username: string;
  /** What the user does once the page shows before the charts come (members: open the "Tổng hợp" tab). */
  open?: (page: Page) => Promise<void>;
}

export const chartScreens: ChartScreen[] = [
  // A report round's dashboard: trend, year comparison and children charts (reports/RoundDashboardPage.tsx).
  { case: 'chart', path: ({ roundPath }) => roundPath, username: 'thanhpho.lanhdao' },
  // Models by field and status (models/ModelsChart.tsx), open on a wide screen.
  { case: 'chart-models', path: () => '/models', username: 'thanhpho.lanhdao' },
  // Grassroots democracy ratings of the city's wards (democracy/RatingChart.tsx).
  { case: 'chart-democracy', path: () => '/democracy', username: 'thanhpho.lanhdao' },
  // Members by organisation kind (members/MemberRollupChart.tsx), in the page's second tab.
  {
    case: 'chart-members',
    path: () => '/members',
    username: 'thanhpho.lanhdao',
    open: async (page) => {
      const tab = page.getByRole('tab', { name: 'Tổng hợp' });
      await shown(tab);
      await tab.click();
    },
  },
];

/** Waits for the screen's heading and first table row: its text, before the charts. */
export async function contentOfScreen(page: Page): Promise<void> {
  const main = page.locator('#main-content');
  await shown(main.getByRole('heading', { level: 1 }));
  await shown(main.getByRole('row').nth(1));
}

/** Waits until nothing in the main area is loading and every chart there is drawn (at least one). */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('#main-content');
      if (!root || root.querySelector('.ant-skeleton, .ant-spin-spinning, [aria-busy="true"]')) return false;
      const charts = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
      return charts.length > 0 && charts.every((chart) => chart.dataset.drawn === 'true');
    },
    undefined,
    { timeout: waitMs, polling: pollMs },
  );
}
