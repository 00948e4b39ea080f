import path from 'node:path';
import {
  assertTablesFit,
  assertFitsPhone,
  confirmPopover,
  fail,
  logIn,
  openFromMenu,
  openPage,
  outDir,
  phone,
  roundTitle,
  step,
  type Journey,
} from '../driver.js';

// The demo leaves Phường 2's report of this year's 9-month round in draft; its deadline is 25/09.
const deadline = `25/09/${new Date().getFullYear()}`;
const overdue = new Date().toISOString().slice(5, 10) > '09-25';

/**
 * A ward's specialist signs in on a phone and lands on "Việc cần làm": the report to write is there,
 * overdue in words after the deadline; opened from there and submitted, it leaves the list and the
 * city's leader finds it waiting for approval on their own home screen, with the count in the menu.
 */
export const journeyInbox: Journey = async (browser, baseUrl, engine) => {
  const ward = await openPage(browser, phone);
  try {
    const { page } = ward;
    await logIn(page, baseUrl, 'phuong2.dv');
    const toWrite = page.getByRole('list', { name: 'Báo cáo cần lập' });
    await step('the home screen lists the report to write with its deadline', async () => {
      await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
      const item = toWrite.getByRole('listitem').filter({ hasText: roundTitle });
      await item.getByText(`Hạn ${deadline}`, { exact: false }).waitFor();
      if (overdue) await item.getByText(/Quá hạn \d+ ngày/).waitFor();
    });
    await step('the home screen fits a 390 px screen', () => assertFitsPhone(page));
    await page.screenshot({ path: path.join(outDir, `${engine}-inbox-ward-phone.png`), fullPage: true });
    await step('open the report from the home screen', async () => {
      await toWrite.getByRole('link', { name: roundTitle }).click();
      await page.waitForURL(/\/reports\/\d+\/units\/\d+$/);
      await page.getByRole('heading', { name: 'Phường 2', exact: true }).waitFor();
    });
    await confirmPopover(page, 'Nộp báo cáo', 'Xác nhận nộp', 'Đã nộp báo cáo');
    await openFromMenu(page, 'Việc cần làm', /\/$/, { phone: true });
    await step('nothing is left to do', () => page.getByText('Hiện không có việc nào cần làm.').waitFor());
    await openFromMenu(page, 'Báo cáo', /\/reports$/, { phone: true });
    await step("the rounds fit the phone, the ward's own report's state under each title", async () => {
      await page.getByRole('row').filter({ hasText: roundTitle }).getByText('Đã nộp', { exact: true }).waitFor();
      await assertTablesFit(page, 'the rounds');
    });
    ward.assertNoScriptErrors();
  } finally {
    await ward.context.close();
  }

  const city = await openPage(browser, phone);
  try {
    const { page } = city;
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step("the city's home screen has Phường 2's report waiting for approval", async () => {
      const waiting = page.getByRole('list', { name: 'Báo cáo chờ duyệt' });
      const item = waiting.getByRole('listitem').filter({ hasText: 'Phường 2' });
      await item.getByRole('link', { name: roundTitle }).waitFor();
    });
    await step('the home screen fits a 390 px screen', () => assertFitsPhone(page));
    await page.screenshot({ path: path.join(outDir, `${engine}-inbox-city-phone.png`), fullPage: true });
    await step('the menu shows the count of the work', async () => {
      await page.getByRole('button', { name: 'Mở menu' }).click();
      const entry = page.getByRole('menuitem', { name: /Việc cần làm/ });
      const text = (await entry.innerText()).replace(/\s+/g, ' ');
      if (!/\d/.test(text)) fail(`no count on the home entry of the menu: "${text}"`);
      // The drawer slides in: the picture after it has.
      await page.waitForTimeout(500);
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-inbox-city-menu-phone.png`) });
    city.assertNoScriptErrors();
  } finally {
    await city.context.close();
  }

  const desktop = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    const { page } = desktop;
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step('on a desktop, the menu beside the home screen carries the counts', async () => {
      await page.getByRole('list', { name: 'Báo cáo chờ duyệt' }).waitFor();
      const entry = page.getByRole('menuitem', { name: /Báo cáo/ });
      if (!/\d/.test(await entry.innerText())) fail('no count on the reports entry of the menu');
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-inbox-city-desktop.png`) });
    desktop.assertNoScriptErrors();
  } finally {
    await desktop.context.close();
  }
};
