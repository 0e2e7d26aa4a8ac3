import { expect, test } from '@playwright/test';
import { articleFacts } from '../support/article-facts.ts';
import { builtPages } from '../support/dist.ts';
import { sitePlan } from '../support/site-plan.ts';

test.use({ javaScriptEnabled: false });

const plan = sitePlan();
const readerPages = builtPages().filter((path) => !plan.redirects.includes(path));

test('the pages checked are every page for readers the content and the routes plan', () => {
  expect(readerPages).toEqual([...plan.indexable, ...plan.unindexed].sort());
});

for (const path of readerPages) {
  test(`${path} is readable with JavaScript off`, async ({ page }) => {
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
  test(`old permalink ${from} leads to the article without JavaScript`, async ({ page }) => {
    await page.goto(from);
    await page.waitForURL(`**/${facts.locale}/${facts.slug}/`);
    await expect(page.locator('h1')).toHaveText(facts.title);
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
