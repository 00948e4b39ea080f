import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fail, logIn, openFromMenu, openPage, outDir, root, step, type Journey } from '../driver.js';

export const journeyUnits: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    await openFromMenu(page, 'Đơn vị', /\/units(\/\d+)?$/);
    const tree = page.getByTestId('unit-tree');
    await step('the tree shows "Phường 1"', () => tree.getByText('Phường 1', { exact: true }).waitFor());
    await step('the tree stays inside Phường 1', async () => {
      const text = await tree.innerText();
      for (const outside of [/Phường 2(?!\d)/, /Huyện/, /Thành phố Sơn Hà/, /Tỉnh An Sơn/]) {
        if (outside.test(text)) fail(`found ${outside} in the tree of phuong1.dv: ${text.replace(/\s+/g, ' ')}`);
      }
    });
    const unit = tree.getByText(/^Mặt trận/).first();
    const name = await step('find the Mặt trận unit under Phường 1', async () => (await unit.innerText()).trim());
    await step(`click "${name}"`, () => unit.click());
    await step(`the detail panel shows "${name}"`, () =>
      page.getByTestId('unit-detail').getByRole('heading', { name, exact: true }).waitFor(),
    );
    const shot = path.join(outDir, `${engine}-units.png`);
    await page.screenshot({ path: shot });
    if (engine === 'pglite') {
      await mkdir(path.join(root, 'docs'), { recursive: true });
      await copyFile(shot, path.join(root, 'docs', 'screenshot.png'));
    }
    await step('log out', async () => {
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/login$/);
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
