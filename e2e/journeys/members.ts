import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  assertFitsPhone,
  fail,
  logIn,
  openFromMenu,
  openPage,
  outDir,
  phone,
  selectOption,
  step,
  type Journey,
} from '../driver.js';

/** How long a save and the list fetched after it may take on a busy machine (the step's own limit is shorter). */
const slowMs = 60_000;

/** Sends the count form and checks the server's answer to its POST, however long the server takes. */
async function saveCount(page: Page, send: () => Promise<void>, status: 201 | 409): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/member-counts',
    { timeout: slowMs },
  );
  await send();
  const response = await answered;
  if (response.status() !== status)
    fail(`the save answered ${response.status()}, not ${status}: ${await response.text()}`);
}

/**
 * A ward records its veterans' count for the current quarter: the last ended quarter is already
 * recorded (409 on the field), figures that do not add up are saved with a warning; the rollup by
 * organisation kind draws its chart. Then the city's totals on a phone.
 */
export const journeyMembers: Journey = async (browser, baseUrl, engine) => {
  const now = new Date();
  const year = now.getFullYear();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  const organisation = 'Hội Cựu chiến binh Phường 1';
  const openMembers = (page: Page, options: { phone?: boolean } = {}) =>
    openFromMenu(page, 'Đoàn viên, hội viên', /\/members$/, { ...options, heading: 'Đoàn viên, hội viên' });
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    await openMembers(page);
    await step('the demo counts of Phường 1 are listed', () =>
      page.getByRole('row').filter({ hasText: 'Hội Liên hiệp Phụ nữ Phường 1' }).first().waitFor(),
    );
    const dialog = page.getByRole('dialog');
    await step(`choose ${organisation} in "Nhập số liệu kỳ"`, async () => {
      await page.getByRole('button', { name: 'Nhập số liệu kỳ' }).click();
      await selectOption(page, dialog.locator('#member-count_unitId'), organisation, { search: 'cuu chien binh' });
    });
    await step('the last ended quarter is already recorded: the form says so on the period', async () => {
      await dialog.getByLabel('Đoàn viên, hội viên cuối kỳ', { exact: true }).fill('1.250');
      await saveCount(page, () => dialog.getByRole('button', { name: 'Lưu' }).click(), 409);
      await dialog.getByText(/^Tổ chức này đã có số liệu cho Quý \d\/\d{4}/).waitFor();
    });
    await step(`record Quý ${quarter}/${year}: saved with a warning that the figures do not add up`, async () => {
      await dialog.getByLabel('Năm', { exact: true }).fill(String(year));
      // selectOption returns once the select shows the chosen quarter, or the form would send the recorded one again.
      await selectOption(page, dialog.locator('#member-count_periodIndex'), `Quý ${quarter}`);
      // Waits on what the save does, not on a clock: the server's answer, then the dialog closing, which it does
      // once the list has been fetched again with the new entry (FormModal awaits that) — both slow on a busy machine.
      await saveCount(page, () => dialog.getByRole('button', { name: 'Lưu' }).click(), 201);
      await dialog.waitFor({ state: 'hidden', timeout: slowMs });
      await page.getByText('Đã lưu, nhưng số liệu chưa cân đối', { exact: true }).waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: organisation })
        .filter({ hasText: `Quý ${quarter}/${year}` })
        .filter({ hasText: '1.250' })
        .waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-members.png`) });
    await step('the rollup by organisation kind draws its chart', async () => {
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
      await page
        .getByRole('img', { name: 'Biểu đồ số đoàn viên, hội viên theo loại tổ chức' })
        .and(page.locator('[data-drawn="true"]'))
        .waitFor();
      await page.getByTestId('member-rollup-children').getByText(organisation).waitFor();
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(outDir, `${engine}-members-rollup.png`), fullPage: true });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const mobile = await openPage(browser, phone);
  try {
    await logIn(mobile.page, baseUrl, 'thanhpho.lanhdao');
    await openMembers(mobile.page, { phone: true });
    await step('the list fits a 390 px screen', async () => {
      await mobile.page.getByText('Cuối kỳ:').first().waitFor();
      await assertFitsPhone(mobile.page, 'the list');
    });
    await step('the city totals, with drill-down to the wards, fit a 390 px screen', async () => {
      await mobile.page.getByRole('tab', { name: 'Tổng hợp' }).click();
      await mobile.page
        .getByRole('img', { name: 'Biểu đồ số đoàn viên, hội viên theo loại tổ chức' })
        .and(mobile.page.locator('[data-drawn="true"]'))
        .waitFor();
      await mobile.page
        .getByTestId('member-rollup-children')
        .getByRole('button', { name: 'Phường 2', exact: true })
        .click();
      await mobile.page.getByText(/^Phường 2 · /).waitFor();
      await assertFitsPhone(mobile.page, 'the rollup');
    });
    await mobile.page.waitForTimeout(500);
    await mobile.page.screenshot({ path: path.join(outDir, `${engine}-members-phone.png`), fullPage: true });
    mobile.assertNoScriptErrors();
  } finally {
    await mobile.context.close();
  }
};
