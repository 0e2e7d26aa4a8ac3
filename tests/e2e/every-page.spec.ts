import { expect, test, type Page } from '@playwright/test';
import { axeViolations, installAxe } from '../support/axe.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';
import { builtPages, redirectTarget } from '../support/dist.ts';
import { sitePlan } from '../support/site-plan.ts';
import { withWorkerPage } from '../support/worker-page.ts';

/**
 * Records console errors, failed page errors and every request that leaves the site's origin,
 * until `stop()` (a page shared by the tests of a worker hears the next test's page too).
 */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: { url(): string }) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`off-origin request: ${url}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  };
  return { problems, stop };
}

/**
 * One page for the checks of every page (a new page with axe loaded took 1.2 s of the 2.4 s a
 * check took): axe and the CSP recorder are loaded into every document it opens; other origins
 * are refused outright, so a stray request fails fast and is reported.
 */
const checkTest = withWorkerPage({}, async (context, origin) => {
  await installAxe(context);
  await recordCspViolations(context);
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
});

const plan = sitePlan();
const pages = builtPages();
/**
 * Pages at old addresses send readers with JavaScript to pages checked here anyway: `/` stands for
 * the retired pages of content/retired.yaml (one template), the old blog's permalink of the table
 * page for the articles at old addresses; tests/e2e/old-links.spec.ts follows each to where it
 * leads, tests/e2e/without-javascript.spec.ts reads each without JavaScript.
 */
const representatives = ['/', [...plan.oldAddresses].find(([, page]) => page.slug === 'the-serverless-test')![0]];
const checked = pages.filter(
  (path) => representatives.includes(path) || (!plan.redirects.includes(path) && !plan.oldAddresses.has(path)),
);

test('the pages checked are every page the content and the routes plan', () => {
  expect(pages).toEqual(plan.all);
  expect(checked.length).toBe(pages.length - plan.redirects.length - plan.oldAddresses.size + 2);
});

for (const path of checked) {
  checkTest(
    `${path}: axe in light and dark, no CSP violation or console error, no off-origin requests`,
    async ({ workerPage: page, baseURL }) => {
      const { problems, stop } = watch(page, baseURL!);
      try {
        await page.goto(path, { waitUntil: 'load' });
        // A page at an old address sends the reader on at once; check the page it lands on.
        const target = redirectTarget(path);
        if (target) await page.waitForURL(`**${target}`);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await axeViolations(page), `${colorScheme} scheme on ${page.url()}`).toEqual([]);
        }
        expect(await cspViolations(page), 'CSP violations').toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        stop();
      }
    },
  );
}

test('using search and the table requests nothing from another origin', async ({ page, baseURL }) => {
  await page.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    (route) => route.abort(),
  );
  // A request the CSP blocks before it is sent shows up as a console error, which watch() records too.
  const { problems } = watch(page, baseURL!);
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchRequests.push(request.url());
  });
  await page.goto('/en/search/');
  await page.locator('kb-search input').fill('aurora');
  await expect(page.locator('kb-search .results a').first()).toBeVisible();
  expect(searchRequests, 'the search loaded its index').not.toEqual([]);
  await page.goto('/en/the-serverless-test/');
  const table = page.locator('kb-serverless-table');
  await table.getByRole('combobox').first().selectOption('yes');
  await table.getByRole('searchbox').fill('aurora');
  await table.getByRole('button', { name: 'Product / use case' }).click();
  await expect(page).toHaveURL(/\?verdict=yes&q=aurora&sort=name$/);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
