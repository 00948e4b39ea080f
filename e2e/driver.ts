// What every journey uses: the places and accounts of a run, steps that name what broke, the browser
// page with its script-error check, and the moves of the app's pages (log in, the menu, antd selects).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { checkChangedPages, watchAccessibility } from './accessibility.js';

export { checkAccessibility } from './accessibility.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(root, 'test-output', 'e2e');
export const stepTimeoutMs = 20_000;
const password = 'danvan-demo';

/** The demo's 9-month round of the current year, which several journeys open. */
export const roundTitle = `Báo cáo kết quả công tác dân vận 9 tháng đầu năm ${new Date().getFullYear()}`;

/** A phone as the journeys hold it: 390×844 at twice the pixels, touch. */
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** The database engine a run of the journeys uses. */
export type Engine = 'pglite' | 'postgres';

/** One journey, run against a started server in a launched browser. */
export type Journey = (browser: Browser, baseUrl: string, engine: Engine) => Promise<void>;

export class JourneyError extends Error {}

export function fail(message: string): never {
  throw new JourneyError(message);
}

/**
 * Runs one step; a failure names the step so the report says what broke. A step that leaves a page on
 * a new address has axe check that screen.
 */
export async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    const result = await action();
    await checkChangedPages();
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new JourneyError(`${name}: ${reason}`);
  }
}

/**
 * Fills a field of a modal that may still be opening, until the value stays: a value typed while
 * the form mounts can be reset by it.
 */
export async function fillUntilKept(field: Locator, text: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(text);
    await new Promise((resolve) => setTimeout(resolve, 200));
    if ((await field.inputValue()) === text) return;
  }
  fail(`"${text}" did not stay in the field`);
}

/**
 * Picks an option of an antd Select until it shows as chosen: a click on a dropdown still opening
 * or closing can be lost. `search` is typed into a searchable select first.
 */
export async function selectOption(
  page: Page,
  combobox: Locator,
  title: string,
  { search, prefix = false }: { search?: string; prefix?: boolean } = {},
): Promise<void> {
  const select = combobox.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const chosen = select.locator(
    prefix ? `.ant-select-content[title^="${title}"]` : `.ant-select-content[title="${title}"]`,
  );
  const option = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title${prefix ? '^' : ''}="${title}"]`,
  );
  const within = (promise: Promise<unknown>) =>
    promise.then(
      () => true,
      () => false,
    );
  for (let attempt = 0; attempt < 4; attempt++) {
    // A click on the field toggles its dropdown: open it only when it is not showing already.
    if (!(await option.isVisible())) await combobox.click();
    if (search) await combobox.fill(search);
    if ((await within(option.click({ timeout: 3000 }))) && (await within(chosen.waitFor({ timeout: 3000 })))) return;
  }
  fail(`"${title}" could not be chosen`);
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  assertNoScriptErrors: () => void;
}

/** A page that fails the journey on any uncaught script error, and on any screen axe finds inaccessible. */
export async function openPage(browser: Browser, contextOptions: BrowserContextOptions): Promise<OpenPage> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  watchAccessibility(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page,
    context,
    assertNoScriptErrors: () => {
      if (errors.length) fail(`script errors in the page: ${errors.join(' | ')}`);
    },
  };
}

/** The home screen ("Việc cần làm"), where every account lands after signing in. */
export const home = /^https?:\/\/[^/]+\/$/;

export async function logIn(page: Page, baseUrl: string, username: string, landing = home) {
  await step(`open /login`, () => page.goto(`${baseUrl}/login`));
  await step(`log in as ${username}`, async () => {
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(landing);
  });
}

export async function logOut(page: Page) {
  await step('log out', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login$/);
  });
}

/** Opens a page from the side menu (or the drawer on a phone), waiting for its address and, if given, its heading. */
export async function openFromMenu(
  page: Page,
  item: string,
  url: RegExp,
  { phone = false, heading }: { phone?: boolean; heading?: string } = {},
) {
  await step(`go to "${item}"`, async () => {
    if (phone) await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    await page.waitForURL(url);
    // The address changes before the new page is drawn (the router renders in a transition): the menu marks
    // the entry in the same render, so the page left behind (the home screen's links) is gone once it has.
    await page.locator('.ant-menu-item-selected').filter({ hasText: item }).first().waitFor({ state: 'attached' });
    if (heading) await page.getByRole('heading', { name: heading }).waitFor();
  });
}

/** Clicks a button that asks for confirmation in a popover, confirms, and waits for the message `done`. */
export async function confirmPopover(page: Page, button: string, confirm: string, done: string) {
  await step(`click "${button}" and confirm`, async () => {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.getByRole('button', { name: confirm, exact: true }).click();
    await page.getByText(done, { exact: true }).waitFor();
  });
}

/** Fails when the page is wider than the phone's 390 px. */
export async function assertFitsPhone(page: Page, what = 'the page') {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 390) fail(`${what} is ${width} px wide`);
}

/**
 * Fails when a table of the page is wider than the box it scrolls in: a list must show its key columns (title,
 * dates, state, actions) without scrolling sideways, at 1366 px as on a phone.
 */
export async function assertTablesFit(page: Page, what: string) {
  const overflows = await page.locator('main table').evaluateAll((tables) =>
    tables.flatMap((table) => {
      let box = table.parentElement;
      while (box && !/auto|scroll/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
      const hidden = box ? box.scrollWidth - box.clientWidth : 0;
      return hidden > 1
        ? [`${hidden} px of "${(table.querySelector('thead') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ')}"`]
        : [];
    }),
  );
  if (overflows.length > 0) fail(`${what}: tables scroll sideways, ${overflows.join('; ')} hidden`);
}

/** "1.234,5" (Vietnamese) to 1234.5; a missing figure ("—") is null. */
export function parseNumberVi(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '—' || trimmed === '') return null;
  return Number(trimmed.replace(/\./g, '').replace(',', '.'));
}

/** Today as the browser pages show it (dd/mm/yyyy in Asia/Ho_Chi_Minh, the pages' time zone). */
export function todayVi(): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
}
