import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, logIn, openPage, outDir, selectOption, step, type Journey } from '../driver.js';

// A 1×1 PNG: the photo uploaded in the models journey (the server checks its bytes, not its name).
const photoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A ward registers a "Dân vận khéo" model with a photo under the city's movement; the city evaluates
 * it and recognises it at district level; the list (also on a phone) shows it as recognised.
 */
export const journeyModels: Journey = async (browser, baseUrl, engine) => {
  const name = 'Nhóm Zalo "Khu phố bình yên" kết nối người dân với công an phường';
  const photoFile = path.join(outDir, 'mo-hinh-khu-pho.png');
  await writeFile(photoFile, photoPng);
  const ward = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  try {
    const { page } = ward;
    await logIn(page, baseUrl, 'phuong1.dv');
    await step('go to "Phong trào, mô hình" and open the city\'s "Dân vận khéo" movement', async () => {
      await page.getByRole('menuitem', { name: 'Phong trào, mô hình' }).click();
      await page.waitForURL(/\/movements$/);
      await page.getByRole('link', { name: /^Phong trào thi đua "Dân vận khéo"/ }).click();
      await page.waitForURL(/\/movements\/\d+$/);
      await page.getByText('1/1 đơn vị tham gia', { exact: true }).first().waitFor();
    });
    const dialog = page.getByRole('dialog');
    await step(`register "${name}"`, async () => {
      await page.getByRole('button', { name: 'Đăng ký mô hình' }).click();
      await dialog.getByLabel('Tên mô hình').fill(name);
      await dialog.getByLabel('Chủ thể thực hiện').fill('Tổ dân phố 5, Công an phường');
      await dialog
        .getByLabel('Nội dung, cách làm')
        .fill('Lập nhóm Zalo mỗi khu phố để người dân báo tin an ninh trật tự, công an khu vực phản hồi trong ngày.');
      await dialog.getByRole('button', { name: 'Thêm số liệu' }).click();
      await dialog.getByLabel('Chỉ tiêu', { exact: true }).fill('Hộ tham gia nhóm');
      await dialog.getByLabel('Đơn vị tính', { exact: true }).fill('hộ');
      // A dot that groups no thousands is refused, not read as 1,25 or 125.
      await dialog.getByLabel('Số liệu', { exact: true }).fill('1.25');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText(/^Không phải số\. Dấu phẩy là dấu thập phân/).waitFor();
      await dialog.getByLabel('Số liệu', { exact: true }).fill('1.250');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText(`Đã đăng ký mô hình "${name}"`, { exact: true }).waitFor();
      await page.waitForURL(/\/models\/\d+$/);
      await page.getByRole('heading', { name, exact: true }).waitFor();
    });
    await step('the figure typed "1.250" reads one thousand two hundred and fifty', async () => {
      const figures = page.getByRole('list', { name: 'Kết quả bằng số liệu' });
      const text = await figures.innerText();
      if (!/1\.250\s*hộ/.test(text)) fail(`the figures read "${text.replace(/\s+/g, ' ')}"`);
    });
    const modelUrl = page.url();
    await step('add a photo, with progress, and see it in the gallery', async () => {
      await page.locator('input[type=file]').setInputFiles(photoFile);
      await page.getByText('Đã thêm ảnh mo-hinh-khu-pho.png', { exact: true }).waitFor();
      const image = page.getByRole('img', { name: 'mo-hinh-khu-pho.png' });
      await image.waitFor();
      const loaded = await image.evaluate(
        (element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth === 1,
      );
      if (!loaded) fail('the photo did not load from the server');
    });
    await step('the ward cannot evaluate its own model', async () => {
      if (await page.getByRole('button', { name: 'Đánh giá', exact: true }).count())
        fail('"Đánh giá" is offered to the ward');
    });
    ward.assertNoScriptErrors();

    const city = await openPage(browser, { viewport: { width: 1366, height: 820 } });
    try {
      const lead = city.page;
      await logIn(lead, baseUrl, 'thanhpho.lanhdao');
      await step('open the model', () => lead.goto(modelUrl));
      const leadDialog = lead.getByRole('dialog');
      await step('evaluate it: 92,5 points with a comment', async () => {
        await lead.getByRole('button', { name: 'Đánh giá', exact: true }).click();
        await leadDialog.getByLabel('Điểm (0–100)').fill('92,5');
        await leadDialog.getByLabel('Nhận xét').fill('Cách làm hay, chi phí thấp, dễ nhân rộng.');
        await leadDialog.getByRole('button', { name: 'Đánh giá', exact: true }).click();
        await lead.getByText('Đã ghi đánh giá', { exact: true }).waitFor();
        await lead.getByText('92,5/100', { exact: true }).waitFor();
      });
      await step('recognise it at district level, confirming', async () => {
        await lead.getByRole('button', { name: 'Công nhận', exact: true }).click();
        // A click on an option while the dropdown still opens can be lost: selectOption retries until it shows.
        await selectOption(lead, leadDialog.getByRole('combobox', { name: 'Cấp công nhận' }), 'Cấp huyện');
        await leadDialog.getByRole('button', { name: 'Công nhận', exact: true }).click();
        await lead.getByText('Công nhận mô hình ở Cấp huyện?', { exact: false }).waitFor();
        await lead.getByRole('dialog').last().getByRole('button', { name: 'Công nhận', exact: true }).click();
        await lead.getByText('Đã công nhận mô hình', { exact: true }).waitFor();
        await lead.getByText('Được công nhận – Cấp huyện').first().waitFor();
      });
      await step('the history shows registration, photo, evaluation and recognition', async () => {
        for (const action of ['Đăng ký mô hình', 'Thêm ảnh', 'Đánh giá mô hình', 'Công nhận mô hình']) {
          await lead.getByText(action, { exact: true }).last().waitFor();
        }
      });
      await step('the list of recognised models shows it as recognised at district level', async () => {
        await lead.goto(`${baseUrl}/models?status=recognised&q=${encodeURIComponent('khu pho binh yen')}`);
        const row = lead.getByRole('row').filter({ hasText: name });
        await row.waitFor();
        const text = await row.innerText();
        if (!text.includes('Được công nhận – Cấp huyện') || !text.includes('Phường 1') || !text.includes('92'))
          fail(`the row reads "${text.replace(/\s+/g, ' ')}"`);
      });
      await lead.screenshot({ path: path.join(outDir, `${engine}-models.png`), fullPage: true });
      await step('on a phone (390 px) the list shows cards', async () => {
        await lead.setViewportSize({ width: 390, height: 844 });
        const card = lead.getByRole('listitem').filter({ hasText: name });
        await card.waitFor();
        if (!(await card.innerText()).includes('Được công nhận – Cấp huyện')) fail('the card does not say recognised');
        const overflow = await lead.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) fail(`the page is ${overflow} px wider than the phone`);
      });
      await lead.screenshot({ path: path.join(outDir, `${engine}-models-phone.png`), fullPage: true });
      city.assertNoScriptErrors();
    } finally {
      await city.context.close();
    }
  } finally {
    await ward.context.close();
  }
};
