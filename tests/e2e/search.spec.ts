import { expect, test, type Page } from '@playwright/test';
import { axeViolations, installAxe } from '../support/axe.ts';
import { contrast } from '../support/contrast.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';
import { archiveYears } from '../../src/lib/list-pages.ts';
import { PAGEFIND_SCRIPT, tagsPath } from '../../src/lib/urls.ts';
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

test('on the German page, German texts come first, then the English-only articles, marked English, at their German addresses', async ({
  page,
}) => {
  await page.goto('/de/search/?q=Aurora');
  const links = await resultLinks(page);
  const results = page.locator('kb-search .result');
  const languages = await results
    .locator('h2')
    .evaluateAll((headings) => headings.map((heading) => heading.getAttribute('lang') ?? ''));
  expect(languages.length).toBeGreaterThan(1);
  // German first: once a result is marked English, every one after it is.
  expect(languages.indexOf('en')).toBeGreaterThan(-1);
  expect(languages.slice(languages.indexOf('en')).every((lang) => lang === 'en')).toBe(true);
  for (const link of links) expect(link).toMatch(/^\/de\//);
  const english = results.filter({ has: page.locator('h2[lang="en"]') }).first();
  await expect(english.locator('.language')).toHaveText('Englisch');
  await expect(english.locator('.excerpt').first()).toHaveAttribute('lang', 'en');
});

test('a section link of an English-only result lands on that section of its German page', async ({ page }) => {
  await page.goto('/de/search/?q=blast%20radius');
  await resultLinks(page);
  const section = page.locator('kb-search .result ul a').first();
  const href = (await section.getAttribute('href'))!;
  expect(href).toMatch(/^\/de\/advantages-aws-multi-account-architecture\/#/);
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`)).toBeInViewport();
});

test('each result says where it lives and shows excerpts that start at a sentence, its matches marked', async ({
  page,
}) => {
  await page.goto('/en/search/?q=blast%20radius');
  await resultLinks(page);
  const result = page.locator('kb-search .result').first();
  await expect(result.locator('.where time')).toHaveAttribute('datetime', '2017-07-09');
  await expect(result.locator('.where time')).toHaveText('July 9, 2017');
  const excerpts = await result.locator('.excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(1); // its sections' own excerpts
  for (const excerpt of excerpts) expect(excerpt).toMatch(/^(…|\p{Lu}|\p{N}|[“"‘'(])/u);
  await expect(result.locator('mark').first()).toHaveText(/blast|radius/i);
});

test('matches are marked visibly in both themes: 3:1 against the page, the text 4.5:1 on the mark', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/en/search/?q=aurora');
    await resultLinks(page);
    const colours = await page
      .locator('kb-search mark')
      .first()
      .evaluate((mark) => ({
        mark: getComputedStyle(mark).backgroundColor,
        text: getComputedStyle(mark).color,
        page: getComputedStyle(document.body).backgroundColor,
      }));
    expect(contrast(colours.mark, colours.page), `${colorScheme}: mark against the page`).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.text, colours.mark), `${colorScheme}: text on the mark`).toBeGreaterThanOrEqual(4.5);
  }
});

test('the search page has one search field, and its button is styled like the site', async ({ page }) => {
  await page.goto('/en/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  const button = page.locator('kb-search button[type="submit"]');
  const styles = await button.evaluate((element) => ({
    background: getComputedStyle(element).backgroundColor,
    accent: getComputedStyle(document.documentElement).getPropertyValue('--kb-accent'),
  }));
  const probe = await page.evaluate((accent) => {
    const element = document.createElement('span');
    element.style.setProperty('color', accent);
    document.body.append(element);
    const colour = getComputedStyle(element).color;
    element.remove();
    return colour;
  }, styles.accent);
  expect(styles.background).toBe(probe);
});

test('/ and Ctrl+K focus the site search from any page, not while typing in a field; Escape leaves it', async ({
  page,
}) => {
  await page.goto('/en/the-serverless-test/');
  const search = page.getByRole('banner').getByRole('searchbox');
  await expect(search).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  const link = page.locator('main a').first();
  await link.focus();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await search.fill('lambda');
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
  await expect(search, 'Escape keeps the query').toHaveValue('lambda');
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  // Typing in another field (the table's filter) types there.
  const filter = page.locator('kb-serverless-table input[type="search"]');
  await filter.focus();
  await page.keyboard.type('/');
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue('/');
  // On the search page, its own field.
  await page.goto('/de/search/');
  await page.keyboard.press('/');
  await expect(page.locator('kb-search input')).toBeFocused();
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
  const excerpts = await page.locator('kb-search .excerpt').allTextContents();
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

for (const [path, colorScheme] of [
  ['/en/search/?q=aurora', 'light'],
  ['/en/search/?q=aurora', 'dark'],
  ['/de/search/?q=aurora', 'light'],
  ['/de/search/?q=aurora', 'dark'],
  ['/en/search/?q=xtrabakup', 'light'],
] as const) {
  test(`${path} with its results (${colorScheme}): axe finds nothing`, async ({ page, context }) => {
    await installAxe(context);
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("a search link starts fetching Pagefind's script while the page parses; the page without a query fetches none", async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/en/search/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.goto('/en/search/?q=aurora');
  await expect(page.locator('head link[rel="modulepreload"]')).toHaveAttribute('href', PAGEFIND_SCRIPT);
  expect((await resultLinks(page)).length).toBeGreaterThan(0);
});
