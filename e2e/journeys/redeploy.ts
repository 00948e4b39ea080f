import path from 'node:path';
import { logIn, openFromMenu, openPage, outDir, step, type Journey } from '../driver.js';

/**
 * The app is redeployed while a tab is open: the chunk of a page not opened yet is gone (its hashed name changed).
 * Where the server's index.html names a new entry script, the tab reloads once and the page opens; where it does
 * not (the file is missing, the connection dropped), the page says so in Vietnamese with a reload button.
 */
export const journeyRedeploy: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    await step(
      '"Văn bản" after a redeploy: its old chunk is gone, the tab reloads once and the page opens',
      async () => {
        await page.route('**/assets/DocumentsPage-*.js', (route) => route.fulfill({ status: 404 }), { times: 1 });
        // The new version's index.html, as the app fetches it to decide whether to reload; the reload itself (a
        // navigation) gets the real one.
        await page.route(
          `${baseUrl}/`,
          (route) =>
            route.request().resourceType() === 'fetch'
              ? route.fulfill({
                  contentType: 'text/html',
                  body: '<!doctype html><script type="module" src="/assets/index-next.js"></script>',
                })
              : route.fallback(),
          { times: 1 },
        );
        const reloaded = page.waitForRequest((request) => request.isNavigationRequest());
        await page.getByRole('menuitem', { name: 'Văn bản' }).click();
        await reloaded;
        await page.waitForURL(/\/documents$/);
        await page.getByRole('heading', { level: 1, name: 'Văn bản' }).waitFor();
      },
    );
    await step(
      '"Đoàn viên, hội viên" with its chunk missing and no new version: a message and a reload button',
      async () => {
        await page.route('**/assets/MembersPage-*.js', (route) => route.fulfill({ status: 404 }));
        let navigations = 0;
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) navigations++;
        });
        await page.getByRole('menuitem', { name: 'Đoàn viên, hội viên' }).click();
        await page.getByRole('alert').filter({ hasText: 'Không tải được trang này' }).waitFor();
        // The menu is still there around the message; the tab did not reload by itself.
        await page.getByRole('menuitem', { name: 'Văn bản' }).waitFor();
        if (navigations > 1) throw new Error(`the tab navigated ${navigations} times instead of showing the message`);
        await page.screenshot({ path: path.join(outDir, `${engine}-redeploy-message.png`) });
        await page.unroute('**/assets/MembersPage-*.js');
        await page.getByRole('button', { name: 'Tải lại trang' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đoàn viên, hội viên' }).waitFor();
      },
    );
    await openFromMenu(page, 'Văn bản', /\/documents$/, { heading: 'Văn bản' });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
};
