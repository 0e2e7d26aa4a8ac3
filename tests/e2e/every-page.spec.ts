import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/dist.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Records console errors, failed page errors and every request that leaves the site's origin. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`off-origin request: ${url}`);
  });
  return problems;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const path of builtPages()) {
  test(`${path}: axe in light and dark, no console errors, no off-origin requests`, async ({ page, baseURL }) => {
    // Other origins are refused outright, so a stray request fails fast and is reported.
    await page.route((url) => url.origin !== new URL(baseURL!).origin, (route) => route.abort());
    const problems = watch(page, baseURL!);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path, { waitUntil: 'load' });
      // The `/` stub refreshes to /en/ at once; check both it and the page it lands on.
      if (path === '/') await page.waitForURL('**/en/');
      expect(await axeViolations(page), `${colorScheme} scheme on ${page.url()}`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}
