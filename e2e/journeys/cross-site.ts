import { createServer } from 'node:http';
import { fail, logIn, openPage, step, type Journey } from '../driver.js';
import { freePort } from '../server.js';

/** A page on another port of the same host: a plain HTML form that submits itself to `action` as `enctype`. */
function attackerPage(action: string, enctype: string): string {
  return `<!doctype html><html lang="en"><head><title>Another site</title></head><body>
<form method="POST" action="${action}" enctype="${enctype}"><input name="confirmStaleNarrative" value="true"></form>
<script>document.forms[0].submit()</script></body></html>`;
}

/**
 * A ward specialist, signed in, visits a page of another site (another port of the same host, so the
 * SameSite=Lax cookie goes along) whose forms post to the report's submit: each is refused with 403 and
 * the report stays as it was. A body-less POST of the app's own page is accepted.
 */
export const journeyCrossSite: Journey = async (browser, baseUrl, engine) => {
  const { page, context, assertNoScriptErrors } = await openPage(browser, {});
  const port = await freePort();
  let attackerHtml = '';
  const attacker = createServer((_request, response) => response.end(attackerHtml)).listen(port, '127.0.0.1');
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    const reportId = await step('find a report of phuong1.dv still being written', async (): Promise<number> => {
      const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()).user;
      const rounds: { id: number }[] = await (await page.request.get(`${baseUrl}/api/rounds`)).json();
      for (const round of rounds) {
        const report = await page.request.get(`${baseUrl}/api/rounds/${round.id}/units/${me.scopeUnitId}/report`);
        if (report.ok() && ['draft', 'returned'].includes((await report.json()).status))
          return (await report.json()).id;
      }
      return fail('phuong1.dv has no report in draft');
    });
    const status = async () => (await (await page.request.get(`${baseUrl}/api/reports/${reportId}`)).json()).status;
    const before = await status();
    // Not steps: the driver has axe check each screen a step leaves, and these are the server's JSON answers.
    for (const enctype of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      attackerHtml = attackerPage(`${baseUrl}/api/reports/${reportId}/submit`, enctype);
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForURL(/\/api\/reports\/\d+\/submit$/);
      const body = (await page.textContent('body')) ?? '';
      if (!body.includes('"cross_site_request"')) fail(`a forged ${enctype} submit was answered: ${body}`);
    }
    console.log(`[${engine}]   forged text/plain, urlencoded and multipart submits from another port: 403`);
    await page.goto(`${baseUrl}/`);
    await step('the report was not submitted', async () => {
      if ((await status()) !== before) fail(`the report went from ${before} to ${await status()}`);
    });
    await step("the app's own body-less POST (signing out) passes the checks", async () => {
      const answered = await page.evaluate(
        async () => (await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' })).status,
      );
      if (answered !== 204) fail(`the app's own sign-out answered ${answered}`);
    });
    assertNoScriptErrors();
  } finally {
    attacker.close();
    await context.close();
  }
};
