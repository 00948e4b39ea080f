import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  assertFitsPhone,
  confirmPopover,
  fail,
  fillUntilKept,
  logIn,
  logOut,
  openFromMenu,
  openPage,
  outDir,
  parseNumberVi,
  phone,
  roundTitle,
  selectOption,
  step,
  stepTimeoutMs,
  type Journey,
} from '../driver.js';

const openReports = (page: Page, options?: { phone?: boolean }) => openFromMenu(page, 'Báo cáo', /\/reports$/, options);

async function readTotal(page: Page, code: string) {
  const cell = page.locator(`tr[data-row-key="${code}"] [data-testid="figure-total"]`);
  return step(`read the area total of ${code}`, async () => parseNumberVi(await cell.innerText()));
}

async function enterFigure(page: Page, label: string, value: number) {
  await step(`enter ${value} for "${label}"`, () => page.getByLabel(label, { exact: true }).fill(String(value)));
}

async function waitForAutosave(page: Page) {
  await step('the draft is saved automatically', () => page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor());
}

/**
 * A ward fills in and submits its 9-month report, the city returns it with a comment, the ward
 * corrects and resubmits, the city approves it: the city's total grows by the ward's figure, and
 * the city's report downloads as Word; the ward turns its approved directions into tasks (its form
 * showed the last period's tasks with their outcome). Then the round's dashboard on a phone.
 */
export const journeyReports: Journey = async (browser, baseUrl, engine) => {
  const year = new Date().getFullYear();
  const directions = [
    'Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến các tổ dân phố.',
    'Tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân về chỉnh trang đô thị.',
  ];
  const comment = 'Đề nghị bổ sung số liệu hội nghị.';
  // Hand-entered figures: document and model counts come from the registers and need a reason to change.
  const inspections = 'Cuộc kiểm tra, giám sát công tác dân vận';
  const briefings = 'Hội nghị quán triệt, triển khai';
  const daysToDeadline = Math.round(
    (Date.UTC(year, 8, 25) - Date.UTC(year, new Date().getMonth(), new Date().getDate())) / 86_400_000,
  );
  const { page, context, assertNoScriptErrors } = await openPage(browser, {
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  const openRoundFromList = async (urlPattern: RegExp) => {
    await step(`open "${roundTitle}"`, async () => {
      await page.getByRole('link', { name: roundTitle, exact: true }).click();
      await page.waitForURL(urlPattern);
      // The page is read once it shows its title, not while it loads (its skeleton has no heading).
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    });
  };
  const openCityReport = async () => {
    await step('open the report of Thành phố Sơn Hà', async () => {
      await page.getByRole('button', { name: 'Báo cáo của Thành phố Sơn Hà' }).click();
      await page.getByRole('heading', { name: 'Thành phố Sơn Hà', exact: true }).waitFor();
    });
  };
  const openWardFromDashboard = async () => {
    await step('open the report of Phường 1 from the dashboard', async () => {
      await page.getByTestId('round-dashboard').getByRole('link', { name: 'Phường 1', exact: true }).click();
      await page.getByRole('heading', { name: 'Phường 1', exact: true }).waitFor();
    });
  };
  const backToDashboard = async () => {
    await step('back to the dashboard', async () => {
      await page.getByRole('link', { name: roundTitle, exact: true }).click();
      await page.getByTestId('round-dashboard').waitFor();
    });
  };
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    await openReports(page);
    await step(
      daysToDeadline <= 3 ? 'a reminder names the round' : 'no reminder before the deadline is near',
      async () => {
        const reminder = page.getByRole('alert').filter({ hasText: roundTitle });
        if (daysToDeadline <= 3) await reminder.waitFor();
        else if (await reminder.count()) fail(`unexpected reminder ${daysToDeadline} days before the deadline`);
      },
    );
    await openRoundFromList(/\/reports\/\d+\/units\/\d+$/);
    await step('the report of Phường 1 is a draft', async () => {
      await page.getByRole('heading', { name: 'Phường 1', exact: true }).waitFor();
      await page.getByTestId('report-form').getByText('Đang soạn', { exact: true }).waitFor();
    });
    await step("the form shows the last period's tasks with their outcome", async () => {
      const panel = page.locator('.ant-card').filter({
        hasText: `Nhiệm vụ kỳ trước (15/12/${year - 2} – 14/12/${year - 1})`,
      });
      await panel.getByRole('link', { name: /^Rà soát, giải quyết dứt điểm kiến nghị/ }).waitFor();
      await panel.getByText('Hoàn thành quá hạn: 1', { exact: true }).waitFor();
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(outDir, `${engine}-report-last-period.png`) });
    });
    await enterFigure(page, inspections, 25);
    await enterFigure(page, briefings, 6);
    await step('draft the results from the figures just typed, before approval', async () => {
      await page.getByRole('button', { name: 'Tạo dự thảo từ số liệu' }).click();
      const replace = page.getByRole('button', { name: 'Thay bằng dự thảo' });
      const drafted = () =>
        page.waitForFunction(
          (text) => document.querySelector<HTMLTextAreaElement>('#narrative-results')?.value.includes(text),
          'tổ chức 25 cuộc kiểm tra, giám sát công tác dân vận',
        );
      await Promise.race([replace.waitFor(), drafted()]);
      if (await replace.isVisible()) await replace.click();
      await drafted();
    });
    await step('write two lines of directions for the next period', () =>
      fillUntilKept(page.locator('#narrative-directions'), directions.join('\n')),
    );
    await waitForAutosave(page);
    await page.screenshot({ path: path.join(outDir, `${engine}-report-form.png`) });
    await confirmPopover(page, 'Nộp báo cáo', 'Xác nhận nộp', 'Đã nộp báo cáo');
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+$/);
    await step('the dashboard draws its charts', async () => {
      await page.getByText('6/9 báo cáo đã nộp', { exact: true }).waitFor();
      // The server's pictures first (components/LazyChart.tsx); pointing at one brings the interactive chart.
      const charts = page.getByTestId('round-dashboard').locator('[data-chart][data-drawn="true"]');
      await charts.nth(2).waitFor();
      await charts.nth(1).hover();
      await charts.nth(1).locator('canvas').waitFor();
    });
    await step('the trend draws the last five years of the same round', async () => {
      await page
        .getByRole('img', { name: /^Diễn biến qua các năm: / })
        .and(page.locator('[data-drawn="true"]'))
        .waitFor();
      await selectOption(page, page.getByRole('combobox', { name: 'Chỉ tiêu xem diễn biến' }), 'Cuộc đối thoại', {
        search: 'doi thoai',
        prefix: true,
      });
      await page
        .getByRole('img', { name: 'Diễn biến qua các năm: Cuộc đối thoại giữa người đứng đầu với nhân dân' })
        .locator('canvas')
        .waitFor();
    });
    await step('the opener can edit the round: title and deadline pre-filled', async () => {
      await page.getByRole('button', { name: 'Sửa kỳ báo cáo' }).click();
      const dialog = page.getByRole('dialog');
      if ((await dialog.getByLabel('Tiêu đề báo cáo').inputValue()) !== roundTitle) fail('the title is not pre-filled');
      if ((await dialog.getByLabel('Hạn nộp').inputValue()) !== `25/09/${year}`)
        fail('the deadline is not pre-filled as dd/mm/yyyy');
      await dialog.getByRole('button', { name: /Hủy|Cancel/ }).click();
      await dialog.waitFor({ state: 'hidden' });
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(outDir, `${engine}-round-dashboard.png`), fullPage: true });
    await openWardFromDashboard();
    await step('return the report with a comment', async () => {
      await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await fillUntilKept(dialog.getByRole('textbox'), comment);
      await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
      await page.getByText('Đã trả lại báo cáo', { exact: true }).waitFor();
    });
    await logOut(page);

    await logIn(page, baseUrl, 'phuong1.dv');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+\/units\/\d+$/);
    await step('the return comment is shown', () =>
      page.getByText(`Bị trả lại: ${comment}`, { exact: true }).waitFor(),
    );
    await enterFigure(page, briefings, 7);
    await waitForAutosave(page);
    await step(
      'the narrative was drafted from other figures: submitting asks, and "Vẫn nộp" submits the text as it is',
      async () => {
        await page.getByRole('button', { name: 'Nộp báo cáo', exact: true }).click();
        await page.getByRole('button', { name: 'Xác nhận nộp', exact: true }).click();
        await page.getByRole('dialog', { name: 'Phần nhận định được soạn từ số liệu cũ. Vẫn nộp?' }).waitFor();
        await page.getByTestId('stale-submit-anyway').click();
        await page.getByText('Đã nộp báo cáo', { exact: true }).waitFor();
      },
    );
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+$/);
    await openCityReport();
    const before = await readTotal(page, 'KT_GS');
    const documentsBefore = await readTotal(page, 'VB_TONG');
    await backToDashboard();
    await openWardFromDashboard();
    await confirmPopover(page, 'Duyệt', 'Xác nhận duyệt', 'Đã duyệt báo cáo');
    await backToDashboard();
    await openCityReport();
    await step(`the city's total of KT_GS grows from ${before} by 25`, async () => {
      // The page may first show the cached report while the fresh one loads.
      const deadline = Date.now() + stepTimeoutMs;
      let after = await readTotal(page, 'KT_GS');
      while (after === before && Date.now() < deadline) {
        await page.waitForTimeout(250);
        after = await readTotal(page, 'KT_GS');
      }
      if (before === null || after === null || after - before !== 25) fail(`expected ${before} + 25, found ${after}`);
    });
    await step("the documents Phường 1 registered arrive in the city's total", async () => {
      const after = await readTotal(page, 'VB_TONG');
      if (documentsBefore === null || after === null || after <= documentsBefore)
        fail(`expected more than ${documentsBefore}, found ${after}`);
    });
    await step('"Tải Word" asks for the signature, then downloads a .docx', async () => {
      const exported = page.waitForResponse((response) =>
        /\/api\/reports\/\d+\/export\.docx$/.test(new URL(response.url()).pathname),
      );
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải Word' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Chức vụ người ký').fill('Trưởng ban');
      await dialog.getByLabel('Họ và tên người ký').fill('Trần Văn Đức');
      await dialog.getByRole('button', { name: 'Tải về' }).click();
      const response = await exported;
      const query = new URL(response.url()).searchParams;
      if (query.get('signerName') !== 'Trần Văn Đức' || !/^\d{4}-\d{2}-\d{2}$/.test(query.get('date') ?? ''))
        fail(`the export was asked with ${query}`);
      if (!response.ok()) {
        const body = (await response.text().catch(() => '')).slice(0, 200);
        fail(`GET ${new URL(response.url()).pathname} answered ${response.status()} ${body}`);
      }
      const download = await downloaded;
      const name = download.suggestedFilename();
      if (!name.endsWith('.docx')) fail(`the download is named "${name}"`);
      const file = path.join(outDir, `${engine}-report.docx`);
      await download.saveAs(file);
      const { size } = await stat(file);
      if (size === 0) fail(`"${name}" is empty`);
    });
    await logOut(page);

    await logIn(page, baseUrl, 'phuong1.dv');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+\/units\/\d+$/);
    await step("turn the approved report's directions into tasks, units and a deadline each", async () => {
      await page.getByRole('button', { name: 'Giao nhiệm vụ từ báo cáo' }).click();
      const dialog = page.getByRole('dialog');
      for (const line of directions) await dialog.getByRole('checkbox', { name: line }).waitFor();
      // Each line to its own units: the Front, then the Front and the Women's Union.
      const picks = [['Mặt trận Tổ quốc Phường 1'], ['Mặt trận Tổ quốc Phường 1', 'Hội Liên hiệp Phụ nữ Phường 1']];
      for (const [index, names] of picks.entries()) {
        const owners = dialog.getByLabel(`Đơn vị thực hiện dòng ${index + 1}`);
        for (const name of names) {
          await owners.click();
          await owners.fill(
            name
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .replace(/đ/g, 'd'),
          );
          // Taken with Enter once it is the active option: the line before's list may still be fading out.
          await page
            .locator(
              `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active[title="${name}"]`,
            )
            .last()
            .waitFor();
          await owners.press('Enter');
        }
        await owners.press('Escape');
      }
      await page.screenshot({ path: path.join(outDir, `${engine}-report-to-tasks.png`) });
      await dialog.getByRole('button', { name: 'Giao 2 nhiệm vụ' }).click();
      await page.waitForURL(/\/tasks\?sourceKind=report&sourceRefId=\d+$/);
      for (const line of directions) await page.getByRole('link', { name: line }).waitFor();
      // The second line went to two units: one share each.
      await page.getByRole('row').filter({ hasText: directions[1] }).filter({ hasText: '0/2 hoàn thành' }).waitFor();
    });
    await step('back on the report, the lines show as given: no button to give them twice', async () => {
      await page.goBack();
      await page.getByText('Đã giao 2/2 dòng của phần phương hướng, nhiệm vụ.').waitFor();
      if (await page.getByRole('button', { name: 'Giao nhiệm vụ từ báo cáo' }).count())
        fail('the lines already given can be given again');
    });
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+$/);
    await openWardFromDashboard();
    await step('reopen the approved report to correct it; the approved version stays readable', async () => {
      await page.getByRole('button', { name: 'Mở lại để đính chính' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mở lại báo cáo của Phường 1 để đính chính' });
      await fillUntilKept(dialog.getByRole('textbox'), 'Đính chính số cuộc kiểm tra');
      const reopened = page.waitForResponse((response) =>
        /\/api\/reports\/\d+\/reopen$/.test(new URL(response.url()).pathname),
      );
      await dialog.getByRole('button', { name: 'Mở lại để đính chính' }).click();
      const response = await reopened;
      if (!response.ok()) fail(`reopening answered ${response.status()} ${(await response.text()).slice(0, 200)}`);
      await page.getByText('Lý do mở lại: Đính chính số cuộc kiểm tra', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Xem số liệu của bản này' }).click();
      const row = page.getByRole('dialog').getByRole('row').filter({ hasText: inspections });
      await row.getByRole('cell', { name: '25', exact: true }).first().waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(outDir, `${engine}-report-version.png`) });
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const mobile = await openPage(browser, phone);
  try {
    await logIn(mobile.page, baseUrl, 'thanhpho.lanhdao');
    await openReports(mobile.page, { phone: true });
    await step(`open "${roundTitle}" on the phone`, async () => {
      await mobile.page.getByRole('link', { name: roundTitle, exact: true }).click();
      await mobile.page.getByTestId('round-dashboard').locator('[data-chart][data-drawn="true"]').nth(1).waitFor();
    });
    await step('the dashboard fits a 390 px screen', () => assertFitsPhone(mobile.page));
    await mobile.page.waitForTimeout(500);
    await mobile.page.screenshot({ path: path.join(outDir, `${engine}-round-dashboard-phone.png`), fullPage: true });
    mobile.assertNoScriptErrors();
  } finally {
    await mobile.context.close();
  }
};
