import path from 'node:path';
import { fail, logIn, logOut, openPage, outDir, selectOption, step, type Journey } from '../driver.js';

/**
 * The administrator finds an indicator of the catalogue without accents, adds one computed from the
 * documents register, and sees it in its section; a leader has no catalogue menu entry.
 */
export const journeyCatalogue: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  const table = page.getByTestId('catalogue-table');
  try {
    await logIn(page, baseUrl, 'admin');
    await step('go to "Bộ chỉ tiêu"', async () => {
      await page.getByRole('menuitem', { name: 'Bộ chỉ tiêu' }).click();
      await page.waitForURL(/\/catalogue$/);
      await table.getByText('VB_TONG', { exact: true }).waitFor();
    });
    await step('"doi thoai" finds the dialogue indicators only', async () => {
      await page.getByRole('textbox', { name: 'Tìm theo mã, tên chỉ tiêu' }).fill('doi thoai');
      await table.getByText('DT_CUOC', { exact: true }).waitFor();
      await table.getByText('VB_TONG', { exact: true }).waitFor({ state: 'detached' });
      await page.getByRole('textbox', { name: 'Tìm theo mã, tên chỉ tiêu' }).fill('');
    });
    const dialog = page.getByRole('dialog');
    await step('add VB_TTR computed from the documents register', async () => {
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      await dialog.getByLabel('Mã').fill('vb_ttr');
      await dialog.getByLabel('Tên chỉ tiêu (tiếng Việt)').fill('Tờ trình');
      await dialog.getByLabel('Tên chỉ tiêu (tiếng Anh)').fill('Submissions');
      await dialog.getByLabel('Đơn vị tính').fill('văn bản');
      await selectOption(page, dialog.getByLabel('Nhóm'), 'Công tác lãnh đạo, chỉ đạo');
      await selectOption(page, dialog.getByLabel('Tính tự động từ'), 'Văn bản loại TTr', {
        search: 'loai TTr',
        prefix: true,
      });
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      const saved = page.getByText('Đã lưu chỉ tiêu', { exact: true });
      const fieldError = dialog.locator('.ant-form-item-explain-error').first();
      await Promise.race([saved.waitFor(), fieldError.waitFor()]);
      if (await fieldError.isVisible())
        fail(
          `the form refused: ${(await dialog.locator('.ant-form-item-explain-error').allTextContents()).join('; ')}`,
        );
    });
    await step('VB_TTR shows in its section with its source', async () => {
      await selectOption(page, page.getByRole('combobox', { name: 'Nguồn số liệu' }), 'Tự động từ dữ liệu');
      const row = table.getByRole('row').filter({ hasText: 'VB_TTR' });
      await row.getByText('Văn bản loại TTr trong kỳ').waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-catalogue.png`), fullPage: true });
    await logOut(page);
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step('a leader has no "Bộ chỉ tiêu" entry', async () => {
      await page.getByRole('menuitem', { name: 'Văn bản' }).waitFor();
      if (await page.getByRole('menuitem', { name: 'Bộ chỉ tiêu' }).count())
        fail('the menu offers "Bộ chỉ tiêu" to a leader');
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
