import path from 'node:path';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  assertTablesFit,
  assertFitsPhone,
  fail,
  logIn,
  logOut,
  openFromMenu,
  openPage,
  outDir,
  phone,
  selectOption,
  step,
  todayVi,
  type Journey,
} from '../driver.js';

const openCommendations = (page: Page, options: { phone?: boolean } = {}) =>
  openFromMenu(page, 'Khen thưởng', /\/commendations$/, { ...options, heading: 'Đợt xét khen thưởng' });

/** Saves the download a click starts, under test-output/e2e. */
async function downloadFrom(page: Page, name: string, click: () => Promise<unknown>): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await click();
  const file = path.join(outDir, name);
  await (await downloaded).saveAs(file);
  return file;
}

/**
 * The city's leader opens this year's medal campaign of the demo: one nomination passes its criteria,
 * another fails them with the reason shown; the council's vote and the decision are recorded and the
 * recipients' list downloads in Word and Excel. A ward's specialist reads the campaign on a phone. The
 * administrator sets how an award type is counted in the reports (its report class) and adds a rule
 * version with a priority reduction.
 */
export const journeyCommendations: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  const dialog = page.getByRole('dialog');
  const card = (name: string) => page.locator('.ant-card-small').filter({ has: page.getByRole('heading', { name }) });
  try {
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step("the wards' nominations wait on the city's home screen", async () => {
      await page.getByText('Hồ sơ khen thưởng chờ duyệt').waitFor();
    });
    await openCommendations(page);
    await step('the campaigns fit a 1366 px screen, their deadline and state in view', async () => {
      await page.getByRole('columnheader', { name: 'Trạng thái' }).waitFor();
      await assertTablesFit(page, 'the campaigns');
    });
    await step("open this year's campaign", async () => {
      await page
        .getByRole('link', { name: /Xét đề nghị tặng Kỷ niệm chương/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /Xét đề nghị tặng Kỷ niệm chương/ }).waitFor();
    });
    await step('a nomination passes its criteria', async () => {
      await card('Nguyễn Thị Hạnh').getByText('Đạt', { exact: true }).first().waitFor();
    });
    await step('another fails them, with the figures and the reason', async () => {
      const failing = card('Trần Văn Hùng');
      await failing.getByText('Không đạt', { exact: true }).first().waitFor();
      await failing.getByText(/yêu cầu 20 năm/).waitFor();
      await failing.getByText(/Chưa đủ thời gian công tác: thiếu/).waitFor();
      await failing.getByText(/Bị kỷ luật ngày/).waitFor();
      await card('Lê Thị Thu').getByText('Chưa xác định được', { exact: true }).first().waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-commendations-check.png`), fullPage: true });
    await step("record the council's vote on the passing nomination", async () => {
      await card('Nguyễn Thị Hạnh').getByRole('button', { name: 'Ghi kết quả bỏ phiếu' }).click();
      await dialog.getByLabel('Số thành viên Hội đồng').fill('9');
      await dialog.getByLabel('Đồng ý', { exact: true }).fill('8');
      await dialog.getByLabel('Không đồng ý').fill('1');
      await dialog.getByLabel('Không biểu quyết').fill('0');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await card('Nguyễn Thị Hạnh').getByText('Hội đồng thông qua', { exact: true }).waitFor();
    });
    await step('record the decision', async () => {
      await page.getByRole('button', { name: 'Ghi quyết định khen thưởng' }).click();
      await dialog.getByLabel('Số, ký hiệu').fill('98-QĐ/BTGDVTW');
      await dialog.locator('#decision_signedOn').fill(todayVi());
      await dialog.locator('#decision_signedOn').press('Enter');
      await dialog.getByLabel('Cơ quan ban hành').fill('Ban Tuyên giáo và Dân vận Trung ương');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('heading', { name: 'Quyết định và danh sách được khen thưởng' }).waitFor();
      await page.getByRole('row').filter({ hasText: 'Nguyễn Thị Hạnh' }).filter({ hasText: 'Phường 1' }).waitFor();
    });
    await step('the list of recipients downloads in Word and Excel', async () => {
      const word = await downloadFrom(page, `${engine}-danh-sach-khen-thuong.docx`, () =>
        page.getByRole('button', { name: 'Tải danh sách (Word)' }).click(),
      );
      const xml =
        (await (await JSZip.loadAsync(await readFile(word))).file('word/document.xml')?.async('string')) ?? '';
      if (!xml.includes('DANH SÁCH') || !xml.includes('Nguyễn Thị Hạnh') || !xml.includes('98-QĐ/BTGDVTW'))
        fail('the Word list lacks its title, the recipient or the decision number');
      const excel = await downloadFrom(page, `${engine}-danh-sach-khen-thuong.xlsx`, () =>
        page.getByRole('button', { name: 'Tải danh sách (Excel)' }).click(),
      );
      if ((await readFile(excel)).subarray(0, 2).toString() !== 'PK') fail('the Excel list is not a workbook');
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-commendations-decided.png`), fullPage: true });
    await logOut(page);
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const mobile = await openPage(browser, phone);
  try {
    await logIn(mobile.page, baseUrl, 'phuong1.dv');
    await openCommendations(mobile.page, { phone: true });
    await step("the ward opens the campaign and sees its nominations' checks on a 390 px screen", async () => {
      await mobile.page
        .getByRole('link', { name: /Xét đề nghị tặng Kỷ niệm chương/ })
        .first()
        .click();
      await mobile.page.getByText('Trần Văn Hùng').first().waitFor();
      await assertFitsPhone(mobile.page, 'the campaign page');
    });
    await mobile.page.screenshot({ path: path.join(outDir, `${engine}-commendations-phone.png`), fullPage: true });
    await step("the ward adds a prior award to a person's record on the phone", async () => {
      await mobile.page.goto(`${baseUrl}/commendations/people`);
      await mobile.page.getByRole('link', { name: 'Trần Văn Hùng' }).first().waitFor();
      await assertTablesFit(mobile.page, 'the people');
      await mobile.page.getByRole('link', { name: 'Trần Văn Hùng' }).first().click();
      await mobile.page.getByRole('heading', { level: 1, name: /Trần Văn Hùng/ }).waitFor();
      await mobile.page.getByRole('button', { name: 'Sửa' }).click();
      const dialog = mobile.page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Thêm khen thưởng đã nhận' }).click();
      await selectOption(
        mobile.page,
        dialog.getByLabel(/^Hình thức đã nhận \d+$/).last(),
        'Giấy khen của Ban Dân vận Thành ủy Sơn Hà',
      );
      await dialog
        .getByLabel(/^Số quyết định \d+$/)
        .last()
        .fill('15-QĐ/BDVTU');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await mobile.page.getByText('15-QĐ/BDVTU').first().waitFor();
      await assertFitsPhone(mobile.page, 'the person page');
    });
    mobile.assertNoScriptErrors();
  } finally {
    await mobile.context.close();
  }

  const admin = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  try {
    await logIn(admin.page, baseUrl, 'admin');
    const reportAs = (type: string) => admin.page.getByRole('combobox', { name: `Tính vào chỉ tiêu báo cáo: ${type}` });
    const shown = (type: string, title: string) =>
      admin.page
        .getByRole('row')
        .filter({ has: reportAs(type) })
        .locator(`.ant-select-content[title=${JSON.stringify(title)}]`)
        .waitFor();
    await step('the administrator sees how each award type is counted in the reports', async () => {
      await admin.page.goto(`${baseUrl}/commendations/award-types`);
      await admin.page.getByRole('heading', { level: 1, name: 'Hình thức khen thưởng và tiêu chuẩn' }).waitFor();
      await shown('Kỷ niệm chương "Vì sự nghiệp Dân vận"', 'Kỷ niệm chương "Vì sự nghiệp Dân vận"');
    });
    await step('changes how a type is counted, and the change stays after a reload', async () => {
      const order = 'Huân chương Lao động hạng Ba';
      await selectOption(admin.page, reportAs(order), 'Danh hiệu thi đua');
      await admin.page.getByText('Đã ghi nhận').first().waitFor();
      await admin.page.reload();
      await shown(order, 'Danh hiệu thi đua');
      await selectOption(admin.page, reportAs(order), 'Không tính riêng');
      // Saved before the reload, which would otherwise cut the request short.
      await admin.page.getByText('Đã ghi nhận').first().waitFor();
      await admin.page.reload();
      await shown(order, 'Không tính riêng');
    });
    await step('adds a rule version with fewer years for holders of the Labour Order', async () => {
      const unity = 'Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc"';
      const row = admin.page.getByRole('row').filter({ has: reportAs(unity) });
      await row.getByRole('button', { name: 'Thêm phiên bản tiêu chuẩn' }).click();
      const dialog = admin.page.getByRole('dialog');
      await dialog.locator('#ruleVersion_effectiveFrom').fill('01/01/2027');
      await dialog.locator('#ruleVersion_effectiveFrom').press('Enter');
      await dialog.getByLabel('Tên', { exact: true }).fill('Ví dụ minh họa 2027 — không phải quy định hiện hành');
      await dialog.getByLabel('Số năm công tác tối thiểu').fill('20');
      await dialog.getByRole('button', { name: 'Thêm mức ưu tiên' }).click();
      await selectOption(admin.page, dialog.getByLabel('Hình thức đã được tặng 1'), 'Huân chương Lao động hạng Ba');
      await dialog.getByLabel('Số năm giảm 1').fill('5');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await row.getByText('Ưu tiên giảm thời gian: Huân chương Lao động hạng Ba giảm 5 năm').waitFor();
    });
    await admin.page.screenshot({ path: path.join(outDir, `${engine}-commendations-award-types.png`), fullPage: true });
    admin.assertNoScriptErrors();
  } finally {
    await admin.context.close();
  }
};
