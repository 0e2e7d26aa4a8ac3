import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { en } from '../../src/i18n/en.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { articleFacts } from '../support/article-facts.ts';
import { builtPages } from '../support/dist.ts';
import { sitePlan } from '../support/site-plan.ts';
import { withWorkerPage } from '../support/worker-page.ts';

test.use({ javaScriptEnabled: false });

const plan = sitePlan();
const readerPages = builtPages().filter((path) => !plan.redirects.includes(path));

test('the pages checked are every page for readers the content and the routes plan', () => {
  expect(readerPages).toEqual([...plan.indexable, ...plan.unindexed, ...plan.oldAddresses.keys()].sort());
});

// One page for all of them: these checks only load a page and read it.
const readTest = withWorkerPage({ javaScriptEnabled: false });

for (const path of readerPages) {
  readTest(`${path} is readable with JavaScript off`, async ({ workerPage: page }) => {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text.trim().length).toBeGreaterThan(20);
    await expect(page.getByRole('contentinfo')).toContainText('CC BY 4.0');
  });
}

test('/ leads to the English home page without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.waitForURL('**/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const facts of articleFacts) {
  const from = `/${facts.permalinkDate}/${facts.slug}/`;
  // No meta refresh (it would drop the #section of old links): the article is here, with its new address.
  test(`old permalink ${from} shows the article and its new address without JavaScript`, async ({ page }) => {
    await page.goto(from);
    await expect(page.locator('h1')).toHaveText(facts.title);
    await expect(page.locator(`.notice a[href="/${facts.locale}/${facts.slug}/"]`)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(from);
  });
}

test('dark theme follows the system with JavaScript off', async ({ page }) => {
  const background = async () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(22, 24, 28)');
});

const tableRows = parse(readFileSync('content/serverless/services.yaml', 'utf8')) as { id: string }[];
for (const locale of LOCALES) {
  const path = articlePath(locale, 'the-serverless-test');
  // The last row: far enough down that the page must scroll to it.
  const [first, last] = [tableRows[0]!.id, tableRows.at(-1)!.id];

  test(`${path}#${last} scrolls to and outlines the row without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(`tr#${last}`)).toHaveCount(1);
    await expect(page.locator(`tr#${last}`)).not.toBeInViewport();
    // A fresh load with the fragment, as when following a link from elsewhere.
    await page.goto('about:blank');
    await page.goto(`${path}#${last}`);
    const row = page.locator(`tr#${last}`);
    await expect(row).toBeInViewport();
    expect(await row.evaluate((tr) => tr.matches(':target'))).toBe(true);
    expect(await row.evaluate((tr) => getComputedStyle(tr).outlineStyle)).toBe('solid');
    // Only the linked row.
    expect(await page.locator(`tr#${first}`).evaluate((tr) => getComputedStyle(tr).outlineStyle)).toBe('none');
  });
}

test('an article’s contents are the plain list at its top without JavaScript: closed, not following the reader', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(articlePath('en', 'advantages-aws-multi-account-architecture'));
  const nav = page.locator('nav.toc');
  const summary = nav.locator('summary');
  await expect(summary).toHaveText(en['toc.title']);
  await expect(nav.locator('ol')).toBeHidden();
  await expect(nav).toHaveCSS('position', 'static');
  await summary.click();
  await expect(nav.locator('ol')).toBeVisible();
  // The list is in the flow of the page (it pushes the text down), and a link lands on its heading.
  const text = await page.locator('.prose').boundingBox();
  expect(text!.y).toBeGreaterThan((await nav.locator('ol').boundingBox())!.y);
  await nav.locator('a[href="#ownership-and-billing"]').click();
  await expect(page.locator('#ownership-and-billing')).toBeInViewport();
  await expect(nav).not.toBeInViewport();
  await expect(nav.locator('[aria-current]')).toHaveCount(0);
});
