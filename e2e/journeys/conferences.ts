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
const title = 'Hội nghị chuyên đề về công tác dân vận chính quyền năm 2026';
const conclusion = 'Các phường tổ chức tiếp xúc, đối thoại với Nhân dân về cải cách hành chính';

const openConferences = (page: Page, options: { phone?: boolean } = {}) =>
  openFromMenu(page, 'Hội nghị', /\/conferences$/, { ...options, heading: 'Hội nghị sơ kết, tổng kết' });

/** Saves the download a click starts, under test-output/e2e. */
async function downloadFrom(page: Page, name: string, click: () => Promise<unknown>): Promise<void> {
  const downloaded = page.waitForEvent('download');
  await click();
  await (await downloaded).saveAs(path.join(outDir, name));
}

/**
 * Picks options of an Ant Design multiple select by their titles: types each (without accents), takes the
 * first match with Enter and waits for its tag, so a click on a dropdown still moving cannot be lost.
 */
async function pickAll(page: Page, select: ReturnType<Page['getByLabel']>, names: string[]) {
  for (const name of names) {
    await select.click();
    await select.fill(name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    await page
      .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active[title="${name}"]`)
      .waitFor();
    await select.press('Enter');
    await page.locator(`.ant-select-selection-item[title="${name}"]`).last().waitFor();
  }
  await select.press('Escape');
}

/**
 * The city records a conference with its hall and Phường 1 as bridge points and issues the invitation;
 * Phường 1 fills its own point from its home screen; the city records it as held, approves the minutes,
 * gives a conclusion as tasks to Phường 1 and Phường 2 and issues the notice; Phường 1 reports with
 * evidence, the city accepts; the demo's overdue task shows on the city's list and inbox; the list fits a phone.
 */
export const journeyConferences: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  const dialog = page.getByRole('dialog');
  const save = () => dialog.getByRole('button', { name: 'Lưu' }).click();
  try {
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openConferences(page);
    await step("the demo's 9-month review is on the list", () =>
      page.getByRole('link', { name: 'Hội nghị sơ kết công tác dân vận 9 tháng đầu năm 2026' }).waitFor(),
    );
    await step('record a thematic conference', async () => {
      await page.getByRole('button', { name: 'Thêm hội nghị' }).click();
      await dialog.getByLabel('Loại hội nghị').click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="Chuyên đề"]')
        .click();
      await dialog.getByLabel('Tên hội nghị').fill(title);
      await dialog.getByLabel('Địa điểm').fill('Hội trường Thành ủy Sơn Hà');
      await save();
      await page.getByRole('heading', { name: title }).waitFor();
    });
    await step('name the bridge points: the city hall and Phường 1', async () => {
      await pickAll(page, page.getByLabel('Đơn vị có điểm cầu'), ['Thành phố Sơn Hà', 'Phường 1']);
      await page.getByRole('button', { name: 'Lưu danh sách điểm cầu' }).click();
      await page
        .getByRole('row')
        .filter({ hasText: 'Phường 1' })
        .getByRole('button', { name: /Cập nhật điểm cầu/ })
        .waitFor();
    });
    await step("invite the Front's chair by name; the list is kept", async () => {
      await page.getByRole('button', { name: 'Thêm thành phần mời' }).click();
      await page.getByLabel('Họ tên người được mời').fill('Đồng chí Lê Thị Hoa');
      await page.getByLabel('Chức vụ của người được mời').fill('Chủ tịch Ủy ban MTTQ thành phố');
      await page.getByRole('button', { name: 'Lưu thành phần mời' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      await page.reload();
      const kept = await page.getByLabel('Họ tên người được mời').inputValue();
      if (kept !== 'Đồng chí Lê Thị Hoa') throw new Error(`the invitee was not kept: "${kept}"`);
    });
    await step('list the named attendees pasted from Excel, one absent; the hall counted by category', async () => {
      await page.getByRole('button', { name: 'Dán từ Excel' }).click();
      await page
        .getByLabel(/Dán các dòng từ Excel/)
        .fill(
          [
            'Trần Văn Đức\tTrưởng ban\tBan Dân vận Thành ủy\tLãnh đạo\tCó mặt',
            'Lê Thị Hoa\tChủ tịch\tỦy ban MTTQ thành phố\tMTTQ và đoàn thể\tVắng',
          ].join('\n'),
        );
      await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
      await page.getByLabel('Hội trường chính: Lãnh đạo').fill('5');
      await page.getByRole('button', { name: 'Lưu thành phần dự' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      await page.reload();
      const absent = await page.getByLabel('Họ và tên 2').inputValue();
      if (absent !== 'Lê Thị Hoa') throw new Error(`the pasted attendee was not kept: "${absent}"`);
      if (await page.getByLabel('Có mặt 2').isChecked()) throw new Error('the absent attendee shows as present');
      // The sums: 5 in the hall, none yet at the points, 1 named and present.
      const total = page.getByRole('row', { name: /^Cộng/ });
      const cells = (await total.getByRole('cell').allInnerTexts()).map((text) => text.trim());
      if (cells.join('|') !== 'Cộng|5|0|5|1') throw new Error(`the totals read ${cells.join('|')}`);
    });
    await step('issue the invitation with its number', async () => {
      await page.getByRole('button', { name: 'Phát hành giấy mời' }).click();
      await dialog.getByLabel('Số văn bản').fill('199');
      await dialog.getByLabel('Người ký').fill('Trần Văn Đức');
      await save();
      await page.getByRole('button', { name: /Giấy mời 199-GM\/BDVTU/ }).waitFor();
    });
    await downloadFrom(page, `${engine}-giay-moi.docx`, () =>
      page.getByRole('button', { name: /Giấy mời 199-GM\/BDVTU/ }).click(),
    );
    await logOut(page);

    await logIn(page, baseUrl, 'phuong1.dv');
    await step("Phường 1's point waits on its home screen; open it", async () => {
      const group = page.locator('.ant-card').filter({ hasText: 'Điểm cầu hội nghị cần cập nhật' });
      await group.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: title }).waitFor();
    });
    await step('fill in its own point (the only one it sees)', async () => {
      await page.getByRole('button', { name: 'Cập nhật điểm cầu Phường 1' }).click();
      await dialog.getByLabel('Phòng họp').fill('Phòng họp tầng 2, UBND Phường 1');
      await dialog.getByLabel('Người chủ trì điểm cầu').fill('Đồng chí Hoàng Minh Tuấn');
      await dialog.getByLabel('Cán bộ kỹ thuật').fill('Nguyễn Văn Hải');
      await dialog.getByLabel('Điện thoại kỹ thuật').fill('0987 654 321');
      await save();
      await page.getByRole('cell', { name: 'Đồng chí Hoàng Minh Tuấn' }).waitFor();
    });
    await step('the bridge points fit a 1366 px screen, whether each is connected and its button in view', () =>
      assertTablesFit(page, 'the conference'),
    );
    await page.screenshot({ path: path.join(outDir, `${engine}-conference-ward.png`), fullPage: true });
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openConferences(page);
    await step('open the conference and record it as held', async () => {
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('cell', { name: 'Đồng chí Hoàng Minh Tuấn' }).waitFor();
      await page.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).click();
      await page
        .getByRole('button', { name: 'Đồng ý', exact: true })
        .or(page.getByRole('button', { name: 'OK' }))
        .first()
        .click();
      await page.getByText('Đã tổ chức', { exact: true }).waitFor();
    });
    await step('write the minutes and approve them as the chair', async () => {
      await page.getByLabel('Thư ký').fill('Nguyễn Thị Thư');
      await page.getByLabel('Biên bản', { exact: true }).fill('Hội nghị nghe báo cáo và ý kiến của các phường.');
      await page.getByRole('button', { name: 'Lưu biên bản' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      await page.getByRole('button', { name: 'Chủ trì duyệt biên bản' }).click();
      await page
        .getByRole('button', { name: 'Đồng ý', exact: true })
        .or(page.getByRole('button', { name: 'OK' }))
        .first()
        .click();
      await page.getByText(/Đã duyệt bởi/).waitFor();
    });
    await step('conclude and give the conclusion to Phường 1 and Phường 2 as tasks', async () => {
      await page.getByLabel('Kết luận (mỗi dòng một kết luận)').fill(conclusion);
      await page.getByRole('button', { name: 'Lưu kết luận' }).click();
      await page.getByText(`1. ${conclusion}`).waitFor();
      await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
      await pickAll(page, dialog.getByLabel('Đơn vị thực hiện'), ['Phường 1', 'Phường 2']);
      await save();
      await page.getByRole('link', { name: 'Phường 2' }).waitFor();
      await page.getByText('Đang thực hiện trong hạn').first().waitFor();
    });
    await step('issue the notice of conclusions', async () => {
      await page.getByRole('button', { name: 'Phát hành thông báo kết luận' }).click();
      await dialog.getByLabel('Số văn bản').fill('199');
      await dialog.getByLabel('Người ký').fill('Trần Văn Đức');
      await save();
      await page.getByRole('button', { name: /Thông báo kết luận 199-TB\/BDVTU/ }).waitFor();
    });
    await downloadFrom(page, `${engine}-thong-bao-ket-luan.docx`, () =>
      page.getByRole('button', { name: /Thông báo kết luận 199-TB\/BDVTU/ }).click(),
    );
    await page.screenshot({ path: path.join(outDir, `${engine}-conference-city.png`), fullPage: true });
    await logOut(page);

    await logIn(page, baseUrl, 'phuong1.dv');
    await openFromMenu(page, 'Nhiệm vụ', /\/tasks$/, { heading: 'Theo dõi thực hiện nhiệm vụ' });
    await step('Phường 1 reports progress on its share with evidence and proposes it done', async () => {
      await page.getByRole('link', { name: conclusion }).click();
      await page.getByRole('heading', { name: conclusion }).waitFor();
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'bien-ban-doi-thoai.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByText('Đã đính kèm bien-ban-doi-thoai.pdf', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Đề nghị công nhận hoàn thành' }).click();
      await dialog.getByLabel('Nội dung').fill('Đã đối thoại tại 7/7 khu phố');
      await save();
      await page.getByText('Đề nghị hoàn thành', { exact: true }).waitFor();
    });
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step("the demo's overdue task and the proposal wait on the city's home screen", async () => {
      const overdue = page.locator('.ant-card').filter({ hasText: 'Nhiệm vụ đã giao bị quá hạn, cần đôn đốc' });
      await overdue.getByText('Phường 1', { exact: true }).waitFor();
      const group = page.locator('.ant-card').filter({ hasText: 'Nhiệm vụ đề nghị công nhận hoàn thành' });
      await group.getByRole('link', { name: conclusion }).click();
      await page.getByRole('heading', { name: conclusion }).waitFor();
    });
    await step('accept it: done on time', async () => {
      await page.getByRole('button', { name: 'Công nhận hoàn thành', exact: true }).click();
      await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      await page.getByText('Hoàn thành đúng hạn', { exact: true }).first().waitFor();
    });
    await openFromMenu(page, 'Nhiệm vụ', /\/tasks$/, { heading: 'Theo dõi thực hiện nhiệm vụ' });
    await step('the overdue task of the demo conference is highlighted on the list', () =>
      page
        .getByRole('row')
        .filter({ hasText: 'Tổ chức đối thoại trực tiếp' })
        .filter({ hasText: 'Quá hạn chưa hoàn thành' })
        .waitFor(),
    );
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const mobile = await openPage(browser, phone);
  try {
    await logIn(mobile.page, baseUrl, 'thanhpho.lanhdao');
    await openConferences(mobile.page, { phone: true });
    await step('the list fits a 390 px screen', async () => {
      await mobile.page.getByRole('link', { name: title }).waitFor();
      await assertFitsPhone(mobile.page, 'the conference list');
    });
    await mobile.page.screenshot({ path: path.join(outDir, `${engine}-conferences-phone.png`), fullPage: true });
    await step(
      'the conference fits the phone: its bridge points show whether each is connected, and the button',
      async () => {
        await mobile.page.getByRole('link', { name: title }).click();
        await mobile.page.getByRole('columnheader', { name: 'Đã kết nối' }).waitFor();
        await assertTablesFit(mobile.page, 'the conference');
      },
    );
    mobile.assertNoScriptErrors();
  } finally {
    await mobile.context.close();
  }
};
