import { expect, test, type Page } from '@playwright/test';
import { cspViolations, recordCspViolations } from '../support/csp.ts';
import { archiveYears } from '../../src/lib/list-pages.ts';
import { tagsPath } from '../../src/lib/urls.ts';
import { plannedNewestFirst } from '../support/site-plan.ts';

async function resultLinks(page: Page): Promise<string[]> {
  await expect(page.locator('kb-search .status')).not.toBeEmpty();
  return page.locator('kb-search .results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

const cases: [string, string, string][] = [
  ['/en/search/?q=gtid_purged', '/en/aws-aurora-external-mysql-primary-gtids/', '1 result for “gtid_purged”'],
  ['/en/search/?q=Fargate', '/en/the-serverless-test/', '1 result for “Fargate”'],
  [
    '/de/search/?q=Gruppendruck',
    '/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/',
    '1 Treffer für „Gruppendruck“',
  ],
  [
    '/de/search/?q=Gr%C3%B6%C3%9Fe',
    '/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/',
    '1 Treffer für „Größe“',
  ],
  [
    '/de/search/?q=gr%C3%B6%C3%9Fe',
    '/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/',
    '1 Treffer für „größe“',
  ],
  [
    '/en/search/?q=book%20clubs',
    '/en/lesegruppen-buchclubs-organisationales-lernen-unternehmen/',
    '1 result for “book clubs”',
  ],
];

for (const [url, expected, status] of cases) {
  test(`${url} finds ${expected} on load, within the CSP`, async ({ page, context }) => {
    await recordCspViolations(context);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(url);
    expect(await resultLinks(page)).toContain(expected);
    await expect(page.locator('kb-search .status')).toHaveText(status);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

// Result counts from the articles: "gtid" is in one English article, "xtrabackup" in two;
// "Gruppendruck" in one German article, "Kosten" in two.
const counted: [string, string][] = [
  ['/en/search/?q=gtid', '1 result for “gtid”'],
  ['/en/search/?q=xtrabackup', '2 results for “xtrabackup”'],
  ['/de/search/?q=Gruppendruck', '1 Treffer für „Gruppendruck“'],
  ['/de/search/?q=Kosten', '2 Treffer für „Kosten“'],
];

for (const [url, status] of counted) {
  test(`${url} says "${status}" and lists that many results`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('kb-search .status')).toHaveText(status);
    await expect(page.locator('kb-search .results > li')).toHaveCount(Number.parseInt(status));
  });
}

test('results link to the matching section of an article', async ({ page }) => {
  await page.goto('/de/search/?q=Gruppendruck');
  const links = await resultLinks(page);
  const section = links.find((link) =>
    link.startsWith('/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/#'),
  );
  expect(section).toBeTruthy();
  await page.locator(`kb-search .results a[href="${section}"]`).click();
  await expect(page.locator(`#${new URL(section!, 'http://x').hash.slice(1)}`)).toBeInViewport();
});

test('the German index holds only German text: no English fallback pages', async ({ page }) => {
  await page.goto('/de/search/?q=Aurora');
  const links = await resultLinks(page);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link).toMatch(/^\/de\/the-serverless-test\//);
});

test('the header field leads to the search page with the query in the URL', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/en/aurora-xtrabackup/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests, 'an article page loads no search code').toEqual([]);
  await page.getByRole('banner').getByRole('searchbox').fill('xtrabackup');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=xtrabackup$/);
  expect(await resultLinks(page)).toContain('/en/aurora-xtrabackup/');
  await page.locator('kb-search input').fill('cloudwatch');
  await expect(page).toHaveURL(/\?q=cloudwatch$/);
  await expect.poll(() => resultLinks(page)).toContain('/en/dead-mans-switch-backup-alerting-aws-cloudwatch/');
});

test('without JavaScript the search page offers the archive by year and the tags', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/?q=anything');
  const years = archiveYears(plannedNewestFirst('en'));
  expect(years.length, 'years to offer').toBeGreaterThan(1);
  await expect(page.locator('.browse .archive-years li')).toHaveCount(years.length);
  await expect(page.locator(`.browse a[href="${tagsPath('en')}"]`)).toBeVisible();
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await context.close();
});

test('while a query is shown the browsing list gives way to the results, without shifting the page in view', async ({
  page,
}) => {
  await page.goto('/en/search/');
  await expect(page.locator('.browse')).toBeVisible();
  const footerTop = () => page.locator('body > footer').evaluate((footer) => footer.getBoundingClientRect().top);
  expect(await footerTop(), 'the footer starts below the fold').toBeGreaterThanOrEqual(page.viewportSize()!.height);
  await page.locator('kb-search input').fill('aurora');
  await expect(page.locator('.browse')).toBeHidden();
  await resultLinks(page);
  expect(await footerTop()).toBeGreaterThanOrEqual(page.viewportSize()!.height);
  await page.locator('kb-search input').fill('');
  await expect(page.locator('.browse')).toBeVisible();
});

test('excerpts are the article text, not its dates, reading time or row-link marks', async ({ page }) => {
  await page.goto('/en/search/?q=aurora');
  await resultLinks(page);
  const excerpts = await page.locator('kb-search .result > p').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/min read|Published| # /);
});

test('clearing the field while a search is under way leaves no results behind', async ({ page }) => {
  await page.goto('/en/search/');
  const input = page.locator('kb-search input');
  await input.fill('aurora');
  await input.fill('');
  // Let the abandoned search finish: its index and result requests, then a moment for its answer.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await expect(page.locator('kb-search .results > li')).toHaveCount(0);
  await expect(page.locator('.browse')).toBeVisible();
  await expect(page).toHaveURL(/\/en\/search\/$/);
});
