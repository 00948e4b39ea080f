// The report an official signs, as the city's board and the province live it: the board registers
// a document of its own, a ward's report is approved, the board drafts and submits its report, the
// province's leader approves it, and the Word document (opened here) leads with the board's own
// figure with the board as subject, gives the area's total apart, says how last year was compared,
// and the Excel workbook states the same figures.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import {
  confirmPopover,
  fail,
  logIn,
  logOut,
  openFromMenu,
  openPage,
  outDir,
  parseNumberVi,
  roundTitle,
  step,
  type Journey,
} from '../driver.js';

const documentsLabel = 'Văn bản lãnh đạo, chỉ đạo đã ban hành, tham mưu';

/** The text of each paragraph of a Word document's body. */
async function wordParagraphs(file: string): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')?.async('string')) ?? '';
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
}

/** Saves the download a click starts, under test-output/e2e. */
async function downloadFrom(page: Page, name: string, click: () => Promise<unknown>): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await click();
  const download = await downloaded;
  const file = path.join(outDir, name);
  await download.saveAs(file);
  return file;
}

export const journeyBoardReport: Journey = async (browser, baseUrl, engine) => {
  const year = new Date().getFullYear();
  const symbol = '88-KH/BDVTU';
  const { page, context, assertNoScriptErrors } = await openPage(browser, {
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  const ownDocuments = () =>
    step("read the board's own count of documents on its form", async () =>
      parseNumberVi(await page.getByLabel(documentsLabel, { exact: true }).inputValue()),
    );
  const openCityReport = async () => {
    await openFromMenu(page, 'Báo cáo', /\/reports$/);
    await step(`open "${roundTitle}" and the city's own report`, async () => {
      await page.getByRole('link', { name: roundTitle, exact: true }).click();
      await page.getByRole('button', { name: 'Báo cáo của Thành phố Sơn Hà' }).click();
      await page.getByRole('heading', { name: 'Thành phố Sơn Hà', exact: true }).waitFor();
    });
  };
  try {
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openCityReport();
    const cityReportUrl = page.url();
    const before = await ownDocuments();

    await openFromMenu(page, 'Văn bản', /\/documents$/, { heading: 'Sổ văn bản' });
    await step(`the board registers its plan ${symbol}, issued in the period`, async () => {
      await page.getByRole('button', { name: 'Vào sổ văn bản' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Số, ký hiệu').fill(symbol);
      const issuedOn = dialog.getByLabel('Ngày ban hành');
      await issuedOn.fill(`15/08/${year}`);
      await issuedOn.press('Enter');
      await dialog.getByLabel('Người ký').fill('Trần Văn Đức');
      await dialog.getByLabel('Trích yếu').fill('Kế hoạch vận động Nhân dân giải phóng mặt bằng dự án đường ven sông');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText(`Đã vào sổ văn bản ${symbol}`, { exact: true }).waitFor();
      await page.getByText(`15/08/${year}`).first().waitFor();
    });

    await openCityReport();
    const own = await step("the board's own count grows by one: its document, not the wards'", async () => {
      // The page may first show the cached report while the fresh one loads.
      const deadline = Date.now() + 10_000;
      let now = await ownDocuments();
      while (now === before && Date.now() < deadline) {
        await page.waitForTimeout(250);
        now = await ownDocuments();
      }
      if (before === null || now !== before + 1)
        fail(`the board's own count went from ${before} to ${now}, not up by one`);
      return now;
    });
    await step('draft the narrative from the figures', async () => {
      await page.getByRole('button', { name: 'Tạo dự thảo từ số liệu' }).click();
      const replace = page.getByRole('button', { name: 'Thay bằng dự thảo' });
      const drafted = () =>
        page.waitForFunction(
          (text) => document.querySelector<HTMLTextAreaElement>('#narrative-results')?.value.includes(text),
          'Ban Dân vận Thành ủy đã tham mưu ban hành',
        );
      await Promise.race([replace.waitFor(), drafted()]);
      if (await replace.isVisible()) await replace.click();
      await drafted();
      await page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    });
    await confirmPopover(page, 'Nộp báo cáo', 'Xác nhận nộp', 'Đã nộp báo cáo');
    await page.screenshot({ path: path.join(outDir, `${engine}-board-report.png`), fullPage: true });
    await logOut(page);

    await logIn(page, baseUrl, 'tinh.lanhdao');
    await step("the province's leader opens the city's report", async () => {
      await page.goto(cityReportUrl);
      await page.getByRole('heading', { name: 'Thành phố Sơn Hà', exact: true }).waitFor();
    });
    await confirmPopover(page, 'Duyệt', 'Xác nhận duyệt', 'Đã duyệt báo cáo');
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step('back to the approved report', async () => {
      await page.goto(cityReportUrl);
      await page.getByText('Đã duyệt', { exact: true }).first().waitFor();
    });
    const total = await step('read the area total of documents', async () => {
      const text = await page.locator('tr[data-row-key="VB_TONG"] [data-testid="figure-total"]').innerText();
      return parseNumberVi(text) ?? fail(`the area total reads "${text}"`);
    });
    const word = await step('"Tải Word" with the signer, as the board issues it', () =>
      downloadFrom(page, `${engine}-board-report.docx`, async () => {
        await page.getByRole('button', { name: 'Tải Word' }).click();
        const dialog = page.getByRole('dialog', { name: 'Tải báo cáo Word' });
        await dialog.getByTestId('word-number').fill('15');
        await dialog.getByTestId('word-signer-name').fill('Trần Văn Đức');
        await dialog.getByRole('button', { name: 'Tải về' }).click();
      }),
    );
    const text = await wordParagraphs(word);
    await step(
      'the Word document leads with the board as subject of its own figure, and gives the area apart',
      async () => {
        for (const expected of [
          'THÀNH ỦY SƠN HÀ',
          'BAN DÂN VẬN',
          'Số 15-BC/BDVTU',
          'TRƯỞNG BAN',
          'Trần Văn Đức',
          '1. Hoạt động của Ban Dân vận Thành ủy Sơn Hà',
        ]) {
          if (!text.includes(expected)) fail(`no paragraph "${expected}"`);
        }
        const lead = text.find((p) => p.includes('Ban Dân vận Thành ủy đã tham mưu ban hành'));
        if (!lead?.includes(`Ban Dân vận Thành ủy đã tham mưu ban hành ${own} văn bản`))
          fail(`the board's paragraph reads "${lead}"`);
        if (
          !text.some((p) =>
            p.startsWith(`Toàn thành phố đã tham mưu ban hành ${new Intl.NumberFormat('vi-VN').format(total)} văn bản`),
          )
        )
          fail("no sentence for the area's total");
        if (!text.some((p) => /^Tăng\/giảm so sánh trên \d+\/9 đơn vị có báo cáo cả hai kỳ/.test(p)))
          fail('the comparison does not say over which units');
        if (text.includes('DỰ THẢO')) fail('an approved report is marked DỰ THẢO');
      },
    );
    const excel = await step('"Tải Excel"', () =>
      downloadFrom(page, `${engine}-board-report.xlsx`, () => page.getByRole('button', { name: 'Tải Excel' }).click()),
    );
    await step('the workbook states the same figures', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(excel);
      const sheet = workbook.getWorksheet('Tổng hợp') ?? fail('the workbook has no sheet "Tổng hợp"');
      const lines: [unknown, unknown][] = [];
      sheet.eachRow((row) => {
        if (row.getCell(11).value === 'VB_TONG') lines.push([row.getCell(2).value, row.getCell(4).value]);
      });
      const [ownLine, areaLine] = lines;
      if (ownLine?.[1] !== own || areaLine?.[0] !== 'Toàn địa bàn' || areaLine?.[1] !== total)
        fail(`the workbook has ${JSON.stringify(lines)}, Word ${own} and ${total}`);
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
