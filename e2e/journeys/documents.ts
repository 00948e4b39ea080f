import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { manyPagesPdf } from '../../packages/server/src/test/hostile-files.js';
import {
  assertTablesFit,
  checkAccessibility,
  fail,
  logIn,
  openFromMenu,
  openPage,
  outDir,
  step,
  todayVi,
  type Journey,
} from '../driver.js';

/**
 * The provincial board registers a plan in the documents register (its symbol typed in lower case is stored
 * as the catalogue writes it), then finds it again with an unaccented query: the result row marks the matched
 * words and says they matched apart; "dan van" lists the documents holding the phrase first. A 2,000-page PDF
 * attached to it is stored at once; its text is read in the background up to the page cap, and the page says so.
 */
export const journeyDocuments: Journey = async (browser, baseUrl, engine) => {
  const symbol = '91-KH/BDVTU';
  const title = 'Kế hoạch tổ chức Hội nghị đối thoại với đồng bào dân tộc thiểu số';
  const query = 'doi thoai dong bao';
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  const openRegister = () => openFromMenu(page, 'Văn bản', /\/documents$/, { heading: 'Sổ văn bản' });
  try {
    await logIn(page, baseUrl, 'tinh.dv');
    await openRegister();
    const dialog = page.getByRole('dialog');
    await step('open "Vào sổ văn bản"', async () => {
      await page.getByRole('button', { name: 'Vào sổ văn bản' }).click();
      await dialog.getByLabel('Số, ký hiệu').waitFor();
    });
    await step('the register dialog is accessible', () => checkAccessibility(page, 'dialog "Vào sổ văn bản"'));
    await step(`the form starts with type KH and today's date (${todayVi()})`, async () => {
      await dialog.getByText('KH – Kế hoạch', { exact: true }).waitFor();
      const issuedOn = await dialog.getByLabel('Ngày ban hành').inputValue();
      if (issuedOn !== todayVi()) fail(`the issue date is "${issuedOn}"`);
    });
    await step(`register ${symbol}, typed as ${symbol.toLowerCase().replace('bdvtu', 'BDVTU')}`, async () => {
      await dialog.getByLabel('Số, ký hiệu').fill(symbol.replace('KH', 'kh'));
      await dialog.getByLabel('Người ký').fill('Nguyễn Văn Thành');
      await dialog.getByLabel('Trích yếu').fill(title);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText(`Đã vào sổ văn bản ${symbol}`, { exact: true }).waitFor();
      await page.waitForURL(/\/documents\/\d+$/);
      await page.getByRole('heading', { name: symbol, exact: true }).waitFor();
    });
    await openRegister();
    await step('the register fits a 1366 px screen, its actions in view', async () => {
      await page.getByRole('button', { name: `Sửa văn bản ${symbol}` }).waitFor();
      await assertTablesFit(page, 'the register');
    });
    const row = page.getByRole('row').filter({ hasText: symbol });
    await step(`search "${query}"`, async () => {
      await page.getByRole('textbox', { name: /^Tìm theo số, ký hiệu/ }).fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      await row.locator('mark').first().waitFor();
    });
    await step('the result marks the matched words', async () => {
      const rowText = await row.innerText();
      if (!rowText.includes(title)) fail(`the row reads "${rowText.replace(/\s+/g, ' ')}"`);
      const marked = (await row.locator('mark').allInnerTexts()).map((text) => text.trim().toLowerCase());
      for (const word of ['đối', 'thoại', 'đồng', 'bào']) {
        if (!marked.includes(word)) fail(`"${word}" is not marked; marked: ${marked.join(', ')}`);
      }
      // "đối thoại với đồng bào": the words are there, not as the phrase typed.
      await row.getByText('Khớp từng từ', { exact: true }).waitFor();
    });
    await step('"dan van" lists the documents holding the phrase first', async () => {
      await page.getByRole('textbox', { name: /^Tìm theo số, ký hiệu/ }).fill('dan van');
      await page.waitForURL((url) => url.searchParams.get('q') === 'dan van');
      const first = page.locator('tbody tr').first();
      await first.getByText('Khớp cả cụm', { exact: true }).waitFor();
      const firstText = (await first.innerText()).normalize('NFC').toLowerCase();
      if (!firstText.includes('dân vận')) fail(`the first row reads "${firstText.replace(/\s+/g, ' ')}"`);
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-documents.png`) });
    await step('open the found document with the keyboard alone: skip link, Tab, Enter', async () => {
      // Back to the first search, whose result is the document registered above.
      await page.getByRole('textbox', { name: /^Tìm theo số, ký hiệu/ }).fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      await row.waitFor();
      const link = row.getByRole('link', { name: symbol, exact: true });
      const focused = () => link.evaluate((element) => element === document.activeElement);
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      await page.getByRole('link', { name: 'Bỏ qua menu, đến nội dung chính' }).press('Enter');
      for (let tab = 0; tab < 40 && !(await focused()); tab++) await page.keyboard.press('Tab');
      if (!(await focused())) fail('Tab never reached the link of the document');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/documents\/\d+$/);
      await page.getByRole('heading', { name: symbol, exact: true }).waitFor();
    });
    await step('attach a 2,000-page PDF: stored at once, its text read in the background up to 500 pages', async () => {
      const pdfFile = path.join(outDir, 'bien-ban-2000-trang.pdf');
      await writeFile(pdfFile, manyPagesPdf(2000, 'Bien ban tong hop y kien cu tri'));
      await page.locator('input[type=file]').setInputFiles(pdfFile);
      await page.getByText('Đã đính kèm bien-ban-2000-trang.pdf', { exact: true }).waitFor();
      await page
        .getByText(
          'Không trích xuất hết nội dung tệp: quá 500 trang (tệp có 2.000 trang), chỉ tìm kiếm được 500 trang đầu.',
        )
        .waitFor({ timeout: 90_000 });
      await page.getByRole('link', { name: 'bien-ban-2000-trang.pdf' }).waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-document-attachment.png`) });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
