import path from 'node:path';
import { assertFitsPhone, logIn, openFromMenu, openPage, outDir, phone, step, type Journey } from '../driver.js';

export const journeyUsersOnPhone: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, phone);
  try {
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openFromMenu(page, 'Người dùng', /\/users$/, { phone: true });
    await step('the users table has a row for phuong1.dv', () =>
      page.getByRole('row').filter({ hasText: 'phuong1.dv' }).first().waitFor(),
    );
    await step('the page fits a 390 px screen', () => assertFitsPhone(page));
    await page.screenshot({ path: path.join(outDir, `${engine}-users-phone.png`) });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
