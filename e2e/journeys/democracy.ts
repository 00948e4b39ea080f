import path from 'node:path';
import { assertFitsPhone, fail, logIn, logOut, openFromMenu, openPage, outDir, step, type Journey } from '../driver.js';

/**
 * A ward fills in its grassroots-democracy checklist and submits it; the city rates it, and the
 * list with the ratings chart fits a phone.
 */
export const journeyDemocracy: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  const ward = page.getByRole('row').filter({ hasText: 'Phường 2' });
  const openDemocracy = () =>
    openFromMenu(page, 'Dân chủ ở cơ sở', /\/democracy$/, { heading: 'Thực hiện dân chủ ở cơ sở' });
  try {
    await logIn(page, baseUrl, 'phuong2.dv');
    await openDemocracy();
    await step('Phường 2 has not started this year', () => ward.getByText('Chưa lập', { exact: true }).waitFor());
    await step('open Phường 2', async () => {
      await ward.getByRole('link', { name: 'Phường 2' }).click();
      await page.getByText('Những nội dung công khai', { exact: true }).waitFor();
    });
    await step('mark every item done', async () => {
      const done = page.locator('label.ant-radio-button-wrapper').filter({ hasText: /^Đã thực hiện$/ });
      const count = await done.count();
      if (count < 15) fail(`only ${count} checklist items`);
      for (let i = 0; i < count; i++) await done.nth(i).click();
      const checked = await page
        .locator('label.ant-radio-button-wrapper-checked')
        .filter({ hasText: /^Đã thực hiện$/ })
        .count();
      if (checked !== count) fail(`${checked} of ${count} items marked done`);
    });
    await step('enter the items disclosed and a self-rating', async () => {
      // Typed the Vietnamese way: the dot groups thousands.
      await page.getByLabel('Số nội dung, lượt').first().fill('1.200');
      // The page saves by itself, and its save bar stays at the bottom of the screen however far down one is.
      const bar = page.getByTestId('democracy-save-bar');
      await bar.getByText(/^Đã lưu lúc \d\d:\d\d$/).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await bar.boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      if (!box || box.y + box.height > height + 1 || box.y < height - 200)
        fail(`the save bar is at ${box?.y} of a ${height} px screen`);
      await page.screenshot({ path: path.join(outDir, `${engine}-democracy-edit.png`) });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(outDir, `${engine}-democracy-edit-phone.png`) });
      await page.setViewportSize({ width: 1366, height: 820 });
      await page.getByLabel('Tự xếp loại', { exact: true }).click();
      await page.locator('.ant-select-item-option[title="Tốt"]').click();
    });
    await step('a link followed right after typing saves the change before leaving', async () => {
      await page.getByLabel('Ghi chú').first().fill('Niêm yết tại nhà văn hóa khu phố');
      await page.getByRole('link', { name: 'Danh sách đơn vị' }).click();
      await page.waitForURL(/\/democracy\?year=\d{4}$/);
      await page.goBack();
      const note = page.getByLabel('Ghi chú').first();
      await note.waitFor();
      const kept = await note.inputValue();
      if (kept !== 'Niêm yết tại nhà văn hóa khu phố') fail(`the note reads "${kept}"`);
    });
    await step('leaving with a field that cannot be saved shows that field and says why', async () => {
      const count = page.getByLabel('Số nội dung, lượt').last();
      await count.fill('12abc');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('link', { name: 'Danh sách đơn vị' }).click();
      const question = page.getByRole('dialog').filter({ hasText: 'Rời trang khi chưa lưu?' });
      await question.getByText(/Ô đang tô đỏ chưa hợp lệ/).waitFor();
      const box = await count.boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      if (!box || box.y < 0 || box.y + box.height > height) fail(`the invalid field is at ${box?.y} of ${height} px`);
      await question.getByRole('button', { name: 'Ở lại' }).click();
      if (!/\/democracy\/\d+\/\d{4}$/.test(new URL(page.url()).pathname)) fail(`left for ${page.url()}`);
      await count.fill('');
      await page
        .getByTestId('democracy-save-bar')
        .getByText(/^Đã lưu lúc \d\d:\d\d$/)
        .waitFor();
    });
    await step('submit and confirm', async () => {
      await page.getByRole('button', { name: 'Nộp cấp trên', exact: true }).first().click();
      await page.getByRole('tooltip').getByRole('button', { name: 'Nộp cấp trên', exact: true }).click();
      await page.getByText('Đã nộp cấp trên', { exact: true }).waitFor();
      await page.getByText('Đã nộp', { exact: true }).first().waitFor();
    });
    await step('the count typed "1.200" is kept as one thousand two hundred', async () => {
      await page.reload();
      const field = page.getByLabel('Số nội dung, lượt').first();
      await field.waitFor();
      const value = await field.inputValue();
      if (value !== '1.200') fail(`the field reads "${value}"`);
    });
    await logOut(page);
    await logIn(page, baseUrl, 'thanhpho.lanhdao', /\/(democracy(\/[\w/]*)?)?$/);
    await page.goto(`${baseUrl}/democracy`);
    await step('the city sees Phường 2 submitted with its self-rating', async () => {
      await ward.getByText('Đã nộp', { exact: true }).waitFor();
      await ward.getByText('Tốt', { exact: true }).waitFor();
    });
    await step('rate Phường 2 "Khá"', async () => {
      await ward.getByRole('link', { name: 'Phường 2' }).click();
      await page.getByRole('button', { name: 'Xếp loại', exact: true }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('label.ant-radio-wrapper').filter({ hasText: /^Khá$/ }).click();
      await dialog.getByLabel('Nhận xét').fill('Cần bảo đảm thời hạn công khai');
      await dialog.getByRole('button', { name: 'Xếp loại', exact: true }).click();
      await page.getByText('Đã xếp loại', { exact: true }).first().waitFor();
      await page.locator('.ant-descriptions').getByText('Cần bảo đảm thời hạn công khai', { exact: true }).waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-democracy.png`) });
    await step('the list shows the rating on a 390 px phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}/democracy`);
      await page.getByRole('img', { name: 'Biểu đồ số đơn vị theo xếp loại' }).waitFor();
      const item = page.getByRole('listitem').filter({ hasText: 'Phường 2' });
      await item.getByText('Khá', { exact: true }).waitFor();
      await assertFitsPhone(page);
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-democracy-phone.png`), fullPage: true });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
