// axe-core in every journey: each screen a journey visits is checked against WCAG 2.1 A and AA, and a
// critical or serious violation fails the journey with the rule, its impact, the elements and the page.
// The driver calls `watchAccessibility` on each page it opens; the check then runs by itself after every
// step whose page address changed, and before every screenshot. `checkAccessibility` checks a state the
// address does not show (an open dialog, a filled form). axe's rules for a screen's structure count too.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What the pages must meet: WCAG 2.1 level A and AA. */
const standards = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const failingImpacts = new Set(['critical', 'serious']);
/**
 * axe's best practices for a screen's structure, which the screens keep at any impact: a title as the one
 * <h1>, headings in order, a main landmark, and no table column without a name.
 */
const structureRules = ['page-has-heading-one', 'heading-order', 'landmark-one-main', 'empty-table-header'];

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  count: number;
}

export class AccessibilityError extends Error {}

/** The pages being watched, with the address last checked on each. */
const watched = new Map<Page, string>();

export function watchAccessibility(page: Page): void {
  watched.set(page, '');
  page.on('close', () => watched.delete(page));
  const screenshot = page.screenshot.bind(page);
  page.screenshot = async (options) => {
    await checkAccessibility(page);
    return screenshot(options);
  };
}

/** Checks every watched page whose address changed since its last check. */
export async function checkChangedPages(): Promise<void> {
  for (const [page, checkedUrl] of watched) {
    if (!page.isClosed() && page.url() !== checkedUrl && page.url() !== 'about:blank') await checkAccessibility(page);
  }
}

/**
 * Runs axe on the page as it stands once it has settled, and counts its level-one headings (axe asks for
 * one at least; a screen has exactly one); throws on a failing finding.
 */
export async function checkAccessibility(page: Page, what = ''): Promise<void> {
  await settle(page);
  const url = page.url();
  watched.set(page, url);
  // The script is evaluated, not added as a tag, so that no content security policy can refuse it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const findings: Finding[] = await page.evaluate(
    async ({ standards, structureRules }) => {
      const host = window as unknown as { axe: typeof axe };
      const results = await host.axe.run(document, {
        runOnly: { type: 'tag', values: standards },
        rules: Object.fromEntries(structureRules.map((rule) => [rule, { enabled: true }])),
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`),
        count: violation.nodes.length,
      }));
    },
    { standards, structureRules },
  );
  const headingsOne = await page.locator('h1').filter({ visible: true }).allInnerTexts();
  const failing = findings.filter(
    (finding) => failingImpacts.has(finding.impact) || structureRules.includes(finding.rule),
  );
  const lines = failing.map(
    (finding) =>
      `${finding.impact} ${finding.rule} (${finding.help}) on ${finding.count} element(s): ${finding.targets.join(' | ')}`,
  );
  if (headingsOne.length > 1) lines.push(`${headingsOne.length} level-one headings: ${headingsOne.join(' | ')}`);
  if (lines.length === 0) return;
  const where = `${new URL(url).pathname}${new URL(url).search}${what ? ` (${what})` : ''}`;
  throw new AccessibilityError(`accessibility of ${where}: ${lines.join(' ; ')}`);
}

/**
 * Waits for the screen to be drawn and to stop moving, up to ten seconds: its title (an <h1> in the main
 * landmark) in place, no loading spinner or skeleton, no animation or transition running (a dialog caught while it
 * fades in has text of lower contrast than it shows). Past that the check runs on what there is.
 */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document.querySelector('main h1') !== null &&
        document.getAnimations().every((animation) => animation.playState !== 'running') &&
        !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'),
      undefined,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => undefined);
}
