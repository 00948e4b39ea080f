// A ward bloc keeps its outgoing-document register (sổ văn bản đi) in Excel: it checks the file,
// sees the bad row named, fixes it and imports every row at once; the documents arrive in the register.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { fail, logIn, openFromMenu, openPage, outDir, step, type Journey } from '../driver.js';

/** An outgoing-document register as officials keep it; `badRow` puts a symbol with no number in row 3. */
async function registerFile(name: string, { badRow }: { badRow: boolean }): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ văn bản đi');
  sheet.addRow(['SỔ VĂN BẢN ĐI NĂM 2026']);
  sheet.addRow(['Số, ký hiệu', 'Ngày ban hành (dd/mm/yyyy)', 'Trích yếu', 'Người ký', 'Chủ đề']);
  sheet.addRow([
    badRow ? 'KH/KDVP1' : '41-KH/KDVP1',
    '12/03/2026',
    'Kế hoạch vận động Nhân dân hiến đất làm đường tổ dân phố 5',
    'Lê Thị Hồng Nhung',
    'Giải phóng mặt bằng',
  ]);
  sheet.addRow([
    '42-BC/KDVP1',
    '30/06/2026',
    'Báo cáo tình hình tôn giáo 6 tháng đầu năm',
    'Lê Thị Hồng Nhung',
    'Công tác tôn giáo',
  ]);
  const file = path.join(outDir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

export const journeyRegisterImport: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  const dialog = page.getByRole('dialog', { name: 'Nhập sổ văn bản đi từ Excel' });
  // The "Chọn tệp…" button opens the upload's file input; the file goes to that input.
  const choose = (file: string) => dialog.locator('input[type="file"]').setInputFiles(file);
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    await openFromMenu(page, 'Văn bản', /\/documents$/, { heading: 'Sổ văn bản' });
    await step('open "Nhập sổ văn bản đi (Excel)": the unit is the bloc of the account', async () => {
      await page.getByRole('button', { name: 'Nhập sổ văn bản đi (Excel)' }).click();
      await dialog.getByText('Khối dân vận Phường 1').first().waitFor();
    });
    await step('a row with a bad number/symbol is named, and "Nhập" stays off', async () => {
      await choose(await registerFile(`${engine}-register-bad.xlsx`, { badRow: true }));
      await dialog.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      const result = dialog.getByTestId('register-import-result');
      await result.getByText('Có lỗi').first().waitFor();
      if (!(await result.innerText()).includes('3')) fail('the refused row is not named by its number');
      if (await dialog.getByRole('button', { name: 'Nhập', exact: true }).isEnabled())
        fail('"Nhập" is enabled with a refused row');
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-register-import.png`) });
    await step('the fixed file passes the check and imports both rows at once', async () => {
      await choose(await registerFile(`${engine}-register.xlsx`, { badRow: false }));
      await dialog.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await dialog.getByText(/^Tất cả 2 dòng hợp lệ/).waitFor();
      await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
      await page
        .getByText(/^Đã nhập 2 văn bản vào sổ của Khối dân vận Phường 1/)
        .first()
        .waitFor();
      // The footer's "Đóng", not the title bar's close icon.
      await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
    });
    await step('the imported documents are in the register', async () => {
      await page.getByRole('row').filter({ hasText: '41-KH/KDVP1' }).first().waitFor();
      await page.getByRole('row').filter({ hasText: '42-BC/KDVP1' }).first().waitFor();
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
