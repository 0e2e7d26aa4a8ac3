/**
 * Visual regression: the first screen of every kind of page, and the parts that matter most further
 * down (a code block, the table, the end of an article), at 375 and 1280 px, light and dark,
 * compared with the screenshots kept in tests/e2e/screenshots/. A change of the look fails here
 * until its new screenshots are committed (`npm run screenshots:update`), so a reviewer sees it.
 * Fonts are those .ci/run installs (DejaVu, Liberation, Noto Color Emoji); the tolerance is in
 * playwright.config.ts.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { articleOfKind } from '../support/page-kinds.ts';
import { plannedArticlePages, sitePlan } from '../support/site-plan.ts';
import { withWorkerPage } from '../support/worker-page.ts';

const test = withWorkerPage();
const articles = plannedArticlePages();
/** An original with contents beside it (three sections or more) and one with code blocks. */
const withContents = articles.find((page) => page.kind === 'original' && page.shown.body.match(/^## /gm)!.length >= 3)!;
const withCode = articles.find((page) => page.kind === 'original' && page.shown.body.includes('```'))!;
const tablePage = articles.find((page) => page.kind === 'original' && page.shown.body.includes('<ServerlessTable'))!;
const oldAddress = [...sitePlan().oldAddresses.keys()].find((path) => /^\/\d{4}\//.test(path))!;

/** Every kind of page: a name for its screenshots and its path. */
const PAGES: Record<string, string> = {
  home: '/en/',
  'home-de': '/de/',
  contact: '/en/contact/',
  search: '/en/search/',
  'search-results': '/en/search/?q=aurora',
  'search-results-de': '/de/search/?q=aurora',
  tags: '/en/tags/',
  tag: '/en/tags/aws/',
  archive: '/en/archive/2017/',
  translations: '/en/translations/',
  'not-found': '/404.html',
  article: withContents.path,
  'article-code': withCode.path,
  'table-page': tablePage.path,
  translation: articleOfKind('translation', 'de')!,
  fallback: articleOfKind('fallback', 'de')!,
};
/** Parts further down, on the page that has them. */
const PARTS: { name: string; path: string; locate: (page: Page) => Locator }[] = [
  { name: 'code-block', path: withCode.path, locate: (page) => page.locator('.prose .code-block').nth(1) },
  { name: 'table', path: tablePage.path, locate: (page) => page.locator('kb-serverless-table') },
  {
    name: 'article-end',
    path: withContents.path,
    locate: (page) => page.locator('.article-footer'),
  },
];
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

/** The footer's year comes from the build's clock: masked, so a new year is not a change of look. */
const mask = (page: Page) => [page.locator('.site-footer p').first()];

test('the screenshots cover every kind of page', () => {
  for (const path of Object.values(PAGES)) expect(path, 'a page of each kind exists in the plan').toBeTruthy();
  expect(new Set(Object.values(PAGES)).size).toBe(Object.keys(PAGES).length);
  expect(oldAddress).toBeTruthy();
});

// With JavaScript a page at an old address sends the reader on at once: it is seen without.
test(`old-address (${oldAddress}) without JavaScript at 375 and 1280 px, light and dark`, async ({ browser }) => {
  for (const width of WIDTHS) {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width, height: width < 500 ? 800 : 900 },
    });
    const page = await context.newPage();
    await page.goto(oldAddress);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await expect(page).toHaveScreenshot(`old-address-${width}-${colorScheme}.png`, { mask: mask(page) });
    }
    await context.close();
  }
});

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} (${path}): first screen at 375 and 1280 px, light and dark`, async ({ workerPage: page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 500 ? 800 : 900 });
      await page.goto(path);
      // A search link searches at once: the results, not the page before them.
      if (path.includes('?q=')) await page.locator('kb-search .result').first().waitFor();
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, { mask: mask(page) });
      }
    }
  });
}

for (const { name, path, locate } of PARTS) {
  test(`${name} (${path}) at 375 and 1280 px, light and dark`, async ({ workerPage: page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 500 ? 800 : 900 });
      await page.goto(path);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await expect(locate(page)).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`);
      }
    }
  });
}

// The phone's header menu, open (it covers the page's first screen, so its own screenshots).
test('phone menu open (/de/ and a German fallback page) at 375 px, light and dark', async ({ workerPage: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const [name, path] of [
    ['menu', '/de/'],
    ['menu-fallback', articleOfKind('fallback', 'de')!],
  ] as const) {
    await page.goto(path);
    await page.locator('.menu-button').click();
    await expect(page.locator('#site-menu')).toBeVisible();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await expect(page).toHaveScreenshot(`${name}-375-${colorScheme}.png`, { mask: mask(page) });
    }
  }
});
