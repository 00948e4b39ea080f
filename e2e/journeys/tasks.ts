import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  assertTablesFit,
  assertFitsPhone,
  logIn,
  logOut,
  openFromMenu,
  openPage,
  outDir,
  phone,
  step,
  type Journey,
} from '../driver.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** dd/mm/yyyy of the day `days` after today in Vietnam, as the date pickers take it. */
function dayVi(days: number): string {
  const [d, m, y] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('/')
    .map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

const openTasks = (page: Page, options: { phone?: boolean } = {}) =>
  openFromMenu(page, 'Nhiệm vụ', /\/tasks$/, { ...options, heading: 'Theo dõi thực hiện nhiệm vụ' });

/**
 * The city gives a task to two wards; Phường 1 reports progress with an evidence file and proposes it
 * as done; the city accepts it from its inbox. The city moves the task's deadline and cancels
 * Phường 2's share, which the "Đã hủy" filter then lists. The demo's overdue task shows on the city's inbox and
 * list; the list fits a phone.
 */
export const journeyTasks: Journey = async (browser, baseUrl, engine) => {
  const title = 'Vận động Nhân dân tham gia giữ gìn vệ sinh môi trường khu dân cư';
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  const dialog = page.getByRole('dialog');
  try {
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step("the demo's overdue task of Phường 1 waits on the city's home screen", async () => {
      const group = page.locator('.ant-card').filter({ hasText: 'Nhiệm vụ đã giao bị quá hạn, cần đôn đốc' });
      await group.getByText('Phường 1', { exact: true }).waitFor();
      await group.getByText(/Quá hạn \d+ ngày/).waitFor();
    });
    await openTasks(page);
    await step('the overdue task is highlighted on the list', async () => {
      await page
        .getByRole('row')
        .filter({ hasText: 'Tổ chức đối thoại trực tiếp' })
        .filter({ hasText: 'Quá hạn chưa hoàn thành' })
        .filter({ hasText: '1/2 hoàn thành' })
        .waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-tasks-list.png`) });
    await step('the overdue task leads back to the conference whose conclusion it carries out', async () => {
      await page
        .getByRole('link', { name: /^Tổ chức đối thoại trực tiếp/ })
        .first()
        .click();
      await page.getByRole('link', { name: /kết luận số 1/ }).click();
      await page.getByRole('heading', { name: 'Hội nghị sơ kết công tác dân vận 9 tháng đầu năm 2026' }).waitFor();
      await page.goBack();
      await page.goBack();
      await page.getByRole('button', { name: 'Giao nhiệm vụ' }).waitFor();
    });
    await step('give a task to Phường 1 and Phường 2', async () => {
      await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      await dialog.getByLabel('Tên nhiệm vụ').fill(title);
      const owners = dialog.locator('#task_ownerUnitIds');
      for (const ward of ['Phường 1', 'Phường 2']) {
        await owners.click();
        await owners.fill(ward.replace('ư', 'u').replace('ờ', 'o'));
        await page
          .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${ward}"]`)
          .click();
      }
      await owners.press('Escape');
      await dialog.locator('#task_deadline').fill(dayVi(20));
      await dialog.locator('#task_deadline').press('Enter');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('heading', { name: title }).waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'Phường 1' })
        .filter({ hasText: 'Đang thực hiện trong hạn' })
        .waitFor();
      await page.getByRole('row').filter({ hasText: 'Phường 2' }).waitFor();
      await page.getByText('0/2 hoàn thành').waitFor();
    });
    await step(
      'move the deadline of the whole task with a reason: both wards follow, kept with the extensions',
      async () => {
        await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
        await dialog.locator('#task-edit_deadline').fill(dayVi(25));
        await dialog.locator('#task-edit_deadline').press('Enter');
        await dialog.getByLabel('Lý do thay đổi hạn').fill('Lùi theo lịch ra quân của thành phố');
        await dialog.getByRole('button', { name: 'Lưu' }).click();
        await page
          .getByText(`Gia hạn đến ${dayVi(25)}`)
          .first()
          .waitFor();
        await page.getByText(/Đơn vị giao thay đổi hạn/).waitFor();
        await page
          .getByRole('row')
          .filter({ hasText: 'Phường 2' })
          .filter({ hasText: `Gia hạn đến ${dayVi(25)}` })
          .waitFor();
      },
    );
    await logOut(page);

    await logIn(page, baseUrl, 'phuong1.dv');
    await openTasks(page);
    await step('Phường 1 opens its share of the task', async () => {
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: title }).waitFor();
    });
    await step('report progress at 60 %', async () => {
      await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
      await dialog.getByLabel('Nội dung').fill('Đã ra quân tổng vệ sinh tại 5/7 khu phố');
      await dialog.getByLabel('Tiến độ (%)').fill('60');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.locator('.ant-list-item').filter({ hasText: 'Đã ra quân tổng vệ sinh tại 5/7 khu phố' }).waitFor();
    });
    await step('attach the minutes as evidence (PDF, checked by its bytes)', async () => {
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'bien-ban-ra-quan.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByText('Đã đính kèm bien-ban-ra-quan.pdf', { exact: true }).waitFor();
    });
    await step('propose the task as done', async () => {
      await page.getByRole('button', { name: 'Đề nghị công nhận hoàn thành' }).click();
      await dialog.getByLabel('Nội dung').fill('Đã hoàn thành 7/7 khu phố');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đề nghị hoàn thành', { exact: true }).waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-task-ward.png`), fullPage: true });
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step("the proposal waits in the city's inbox; open it", async () => {
      const group = page.locator('.ant-card').filter({ hasText: 'Nhiệm vụ đề nghị công nhận hoàn thành' });
      await group.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByText('bien-ban-ra-quan.pdf').first().waitFor();
    });
    await step('accept it: done on time', async () => {
      await page.getByRole('button', { name: 'Công nhận hoàn thành', exact: true }).click();
      await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      await page.getByText('Hoàn thành đúng hạn', { exact: true }).first().waitFor();
      await page.getByText('Đã hoàn thành', { exact: true }).waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-task-accepted.png`), fullPage: true });
    await openTasks(page);
    await step("cancel Phường 2's share with a reason: the task given to both is then done", async () => {
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('row').filter({ hasText: 'Phường 2' }).getByRole('link', { name: 'Phường 2' }).click();
      await page.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
      await dialog.getByLabel('Lý do').fill('Phường 2 đã thực hiện trong đợt ra quân chung của thành phố');
      await dialog.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
      await page.getByText(/^Hủy ngày .*: Phường 2 đã thực hiện trong đợt ra quân chung/).waitFor();
      await page.getByText('Đã hủy', { exact: true }).first().waitFor();
    });
    await openTasks(page);
    await step('the "Đã hủy" filter lists the cancelled share', async () => {
      // The list keeps its filters in the address: the box shows as ticked once the address has it.
      await page.getByRole('checkbox', { name: 'Từng đơn vị thực hiện' }).click();
      await page.waitForURL(/flat=1/);
      await page.getByLabel('Tình trạng').click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="Đã hủy"]')
        .click();
      await page
        .getByRole('row')
        .filter({ hasText: title })
        .filter({ hasText: 'Phường 2' })
        .filter({ hasText: 'Đã hủy' })
        .waitFor();
      await page.waitForURL(/bucket=cancelled/);
      // The rows of the list before the filter go once its answer comes: no task of Phường 1 is cancelled.
      await page.getByRole('row').filter({ hasText: 'Phường 1' }).first().waitFor({ state: 'detached' });
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const mobile = await openPage(browser, phone);
  try {
    await logIn(mobile.page, baseUrl, 'thanhpho.lanhdao');
    await openTasks(mobile.page, { phone: true });
    await step('the list fits a 390 px screen', async () => {
      await mobile.page.getByText('Quá hạn chưa hoàn thành').first().waitFor();
      await assertFitsPhone(mobile.page, 'the task list');
    });
    await mobile.page.screenshot({ path: path.join(outDir, `${engine}-tasks-phone.png`), fullPage: true });
    await step("the task fits the phone: each ward's share with its bucket in view", async () => {
      await mobile.page.getByRole('link', { name: title }).first().click();
      await mobile.page.getByRole('columnheader', { name: 'Tình trạng' }).waitFor();
      await assertTablesFit(mobile.page, 'the task');
    });
    mobile.assertNoScriptErrors();
  } finally {
    await mobile.context.close();
  }
};
