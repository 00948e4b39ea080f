import path from 'node:path';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import {
  assertFitsPhone,
  fail,
  home,
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

const campaignTitle = 'Xét tặng Giấy khen cho tập thể, cá nhân có thành tích trong công tác dân vận';
const collective = 'Hội Liên hiệp Phụ nữ Phường 1';
const award = 'Giấy khen của Ban Dân vận Thành ủy Sơn Hà';
// The demo's password holds "danvan", which a new account may not.
const specialistPassword = 'mây trắng qua đồi 58';

/** A day from today as the date fields take it (dd/mm/yyyy, Asia/Ho_Chi_Minh). */
function dayVi(days: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(Date.now() + days * 86_400_000));
}

async function fillDate(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

/** Picks a unit in a unit tree select by searching its name without accents. */
async function pickUnit(page: Page, combobox: Locator, name: string, search: string) {
  await combobox.click();
  await combobox.fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-title', { hasText: name })
    .first()
    .click();
}

async function download(page: Page, name: string, click: () => Promise<unknown>): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await click();
  const file = path.join(outDir, name);
  await (await downloaded).saveAs(file);
  return file;
}

/**
 * The city's specialist opens a campaign for certificates of commendation (giấy khen) for collectives
 * and individuals and nominates a collective (a ward's women's union) and a person; the quotas of this
 * year's medal campaign change, never below what a ward nominated; the city's leader records the vote
 * and the decision and downloads the list, collectives first. Lists are sorted by the server, the
 * order kept in the address; the leader reads the campaign on a phone.
 */
export const journeyCommendationsCollective: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  const dialog = page.getByRole('dialog');
  const card = (name: string) => page.locator('.ant-card-small').filter({ has: page.getByRole('heading', { name }) });
  try {
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step("the city's leader gives the city a specialist account", async () => {
      const { status, body } = await page.evaluate(async (specialistPassword) => {
        const me = (await (await fetch('/api/auth/me')).json()) as { user: { unitId: number } };
        const response = await fetch('/api/users', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            username: 'thanhpho.dv',
            fullName: 'Đỗ Thị Minh Thư',
            password: specialistPassword,
            role: 'specialist',
            unitId: me.user.unitId,
          }),
        });
        return { status: response.status, body: await response.text() };
      }, specialistPassword);
      if (status !== 201 && status !== 409) fail(`creating the specialist answered ${status}: ${body}`);
    });
    await logOut(page);

    await step('log in as thanhpho.dv', async () => {
      await page.getByLabel('Tên đăng nhập').fill('thanhpho.dv');
      await page.getByLabel('Mật khẩu').fill(specialistPassword);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(home);
    });
    await openFromMenu(page, 'Khen thưởng', /\/commendations$/, { heading: 'Đợt xét khen thưởng' });
    await step('the specialist opens a campaign for collectives and individuals, with a quota', async () => {
      await page.getByRole('button', { name: 'Mở đợt xét' }).click();
      await dialog.getByLabel('Tên đợt xét').fill(campaignTitle);
      // A multiple select: the award shows as a tag once chosen.
      await dialog.getByLabel('Hình thức khen thưởng').click();
      await page
        .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${award}"]`)
        .click();
      await dialog.locator('.ant-select-selection-item', { hasText: award }).waitFor();
      await dialog.getByLabel('Tên đợt xét').click();
      await fillDate(dialog.locator('#campaign_referenceDate'), dayVi(30));
      await fillDate(dialog.locator('#campaign_deadline'), dayVi(10));
      await dialog.getByRole('button', { name: 'Thêm chỉ tiêu đơn vị' }).click();
      await pickUnit(page, dialog.getByLabel('Đơn vị 1'), 'Phường 1', 'phuong 1');
      await dialog.getByLabel('Chỉ tiêu', { exact: true }).fill('2');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('heading', { level: 1, name: campaignTitle }).waitFor();
    });
    await step('nominates a collective: a ward’s women’s union', async () => {
      await page.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
      await dialog.getByText('Tập thể', { exact: true }).click();
      await pickUnit(page, dialog.getByLabel('Tập thể được đề nghị'), collective, 'phu nu phuong 1');
      await dialog.getByLabel('Tóm tắt thành tích').fill('Dẫn đầu phong trào "Dân vận khéo" của phường năm 2026.');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await card(collective).getByText('Tập thể', { exact: true }).waitFor();
      await card(collective).getByText('Khen tập thể: không áp dụng tiêu chuẩn cá nhân').waitFor();
    });
    await step('and a person, found by name without accents', async () => {
      await page.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
      await selectOption(page, dialog.getByLabel('Người được đề nghị'), 'Võ Thị Lan', {
        search: 'vo thi lan',
        prefix: true,
      });
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await card('Võ Thị Lan').waitFor();
    });
    await step('submits both: the city owns the campaign, so they are ready for the council', async () => {
      for (const name of [collective, 'Võ Thị Lan']) {
        await card(name).getByRole('button', { name: 'Trình cấp trên' }).click();
        await card(name).getByText('Đã duyệt, chờ Hội đồng', { exact: true }).waitFor();
      }
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-commendations-collective.png`), fullPage: true });
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openFromMenu(page, 'Khen thưởng', /\/commendations$/, { heading: 'Đợt xét khen thưởng' });
    await step("this year's medal campaign: a quota below what the ward nominated is refused on its row", async () => {
      await page
        .getByRole('link', { name: /Xét đề nghị tặng Kỷ niệm chương .* năm \d{4} nhân/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Sửa chỉ tiêu' }).click();
      const ward1 = dialog.getByLabel('Chỉ tiêu', { exact: true }).first();
      await ward1.fill('1');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText('Phường 1 đã đề nghị 2 hồ sơ, chỉ tiêu không thể là 1').waitFor();
      await ward1.fill('3');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByRole('row')
        .filter({ hasText: 'Phường 1' })
        .getByRole('cell', { name: '3', exact: true })
        .waitFor();
    });
    await step('the nominations sort by name on the server, the order kept in the address', async () => {
      await selectOption(page, page.getByLabel('Sắp xếp'), 'Theo tên (A → Z)');
      await page.waitForURL(/sort=name/);
      const names = await page.locator('.ant-card-small h3').allTextContents();
      const given = names.map(
        (n) =>
          n
            .replace(/\s*\(\d{4}\)$/, '')
            .split(' ')
            .at(-1) ?? '',
      );
      if (given.join() !== [...given].sort((a, b) => a.localeCompare(b, 'vi')).join())
        fail(`the nominations are not in order of given name: ${names.join(', ')}`);
      await page.reload();
      await page.locator('.ant-select-content[title="Theo tên (A → Z)"]').waitFor();
    });
    await openFromMenu(page, 'Khen thưởng', /\/commendations$/, { heading: 'Đợt xét khen thưởng' });
    await step('the leader records the council’s vote on both and the decision', async () => {
      await page.getByRole('link', { name: campaignTitle }).click();
      for (const name of [collective, 'Võ Thị Lan']) {
        await card(name).getByRole('button', { name: 'Ghi kết quả bỏ phiếu' }).click();
        await dialog.getByLabel('Số thành viên Hội đồng').fill('7');
        await dialog.getByLabel('Đồng ý', { exact: true }).fill('7');
        await dialog.getByLabel('Không đồng ý').fill('0');
        await dialog.getByLabel('Không biểu quyết').fill('0');
        await dialog.getByRole('button', { name: 'Lưu' }).click();
        await card(name).getByText('Hội đồng thông qua', { exact: true }).waitFor();
      }
      await page.getByRole('button', { name: 'Ghi quyết định khen thưởng' }).click();
      await dialog.getByLabel('Số, ký hiệu').fill('45-QĐ/BDVTU');
      await fillDate(dialog.locator('#decision_signedOn'), todayVi());
      await dialog.getByLabel('Cơ quan ban hành').fill('Ban Dân vận Thành ủy Sơn Hà');
      await dialog.getByLabel('Người ký').fill('Trần Văn Đức');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('I. TẬP THỂ').waitFor();
      // Each recipient under the unit it belongs to, not the city that proposed it.
      await page.getByRole('row').filter({ hasText: collective }).filter({ hasText: 'Phường 1' }).waitFor();
      await page.getByRole('row').filter({ hasText: 'Võ Thị Lan' }).filter({ hasText: 'Phường 1' }).waitFor();
      await page.getByText('II. CÁ NHÂN').waitFor();
    });
    await step('the list downloads with the collective under "TẬP THỂ"', async () => {
      const word = await download(page, `${engine}-giay-khen-tap-the.docx`, () =>
        page.getByRole('button', { name: 'Tải danh sách (Word)' }).click(),
      );
      const xml =
        (await (await JSZip.loadAsync(await readFile(word))).file('word/document.xml')?.async('string')) ?? '';
      for (const text of [
        'I. TẬP THỂ',
        'Tên tập thể',
        collective,
        'II. CÁ NHÂN',
        'Võ Thị Lan',
        '1 tập thể và 1 cá nhân',
      ])
        if (!xml.includes(text)) fail(`the Word list lacks "${text}"`);
      await download(page, `${engine}-giay-khen-tap-the.xlsx`, () =>
        page.getByRole('button', { name: 'Tải danh sách (Excel)' }).click(),
      );
      await download(page, `${engine}-ho-so-de-nghi.xlsx`, () =>
        page.getByRole('button', { name: 'Xuất hồ sơ đề nghị (Excel)' }).click(),
      );
    });
    await page.screenshot({
      path: path.join(outDir, `${engine}-commendations-collective-decided.png`),
      fullPage: true,
    });
    await step('the people list sorts by given name on the server, and back', async () => {
      await page.goto(`${baseUrl}/commendations/people`);
      await page.getByRole('columnheader', { name: 'Họ và tên' }).click();
      await page.waitForURL(/sort=-name/);
      await page.screenshot({ path: path.join(outDir, `${engine}-commendations-people-sorted.png`), fullPage: true });
      await page.getByRole('columnheader', { name: 'Họ và tên' }).click();
      await page.waitForURL((url) => !url.search.includes('sort='));
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const mobile = await openPage(browser, phone);
  try {
    await logIn(mobile.page, baseUrl, 'thanhpho.lanhdao');
    await step('the leader reads the decided campaign on a 390 px phone', async () => {
      await mobile.page.goto(`${baseUrl}/commendations?sort=title`);
      await mobile.page.getByRole('link', { name: campaignTitle }).waitFor();
      await assertFitsPhone(mobile.page, 'the campaigns list');
      await mobile.page.screenshot({ path: path.join(outDir, `${engine}-commendations-campaigns-phone.png`) });
      await mobile.page.getByRole('link', { name: campaignTitle }).click();
      await mobile.page.getByText('I. TẬP THỂ').waitFor();
      await assertFitsPhone(mobile.page, 'the campaign page');
    });
    await mobile.page.screenshot({
      path: path.join(outDir, `${engine}-commendations-collective-phone.png`),
      fullPage: true,
    });
    mobile.assertNoScriptErrors();
  } finally {
    await mobile.context.close();
  }
};
