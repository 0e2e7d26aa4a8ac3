/**
 * The theme choice (Auto / Light / Dark): remembered across pages and visits, applied before the
 * first paint, no control without JavaScript, accessible in every setting, light on paper.
 */
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n/index.ts';
import { THEME_STORAGE_KEY } from '../../src/lib/theme.ts';
import { axeViolations, installAxe } from '../support/axe.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';

// The page background of each scheme, from the design tokens in src/styles/global.css.
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 24, 28)';
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const picker = (page: Page, locale: 'en' | 'de') =>
  page.getByRole('combobox', { name: dictionaries[locale]['theme.label'] as string });

test('the control is labelled in both languages and offers Auto, Light and Dark', async ({ page }) => {
  for (const locale of ['en', 'de'] as const) {
    await page.goto(`/${locale}/`);
    const options = await picker(page, locale).locator('option').allTextContents();
    expect(options).toEqual(
      ['theme.auto', 'theme.light', 'theme.dark'].map((key) => dictionaries[locale][key as 'theme.auto']),
    );
  }
});

test('Dark survives navigation and reload, and the next page is dark at its first paint', async ({ page, context }) => {
  await recordCspViolations(context);
  // On every page load: the body's background at the moment the parser inserts <body>, before
  // any script in the body (or a deferred module script) could run.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(
        document.body,
      ).backgroundColor;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  expect(await bodyBackground(page)).toBe(LIGHT_BG);
  await picker(page, 'en').selectOption('dark');
  expect(await bodyBackground(page)).toBe(DARK_BG);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('dark');

  await page.getByRole('link', { name: 'Contact' }).first().click();
  await expect(page).toHaveURL(/\/en\/contact\/$/);
  expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe(DARK_BG);
  await expect(picker(page, 'en')).toHaveValue('dark');

  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe(DARK_BG);

  // Auto hands the choice back to the system.
  await picker(page, 'en').selectOption('auto');
  expect(await bodyBackground(page)).toBe(LIGHT_BG);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBeNull();
  expect(await cspViolations(page)).toEqual([]);
});

test('Light wins over a dark system, and paper stays light under Dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/de/');
  expect(await bodyBackground(page)).toBe(DARK_BG);
  await picker(page, 'de').selectOption('light');
  expect(await bodyBackground(page)).toBe(LIGHT_BG);
  await picker(page, 'de').selectOption('dark');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(await bodyBackground(page)).toBe(LIGHT_BG);
});

for (const theme of ['auto', 'light', 'dark'] as const) {
  test(`axe finds nothing with the theme set to ${theme} (article with code and the table)`, async ({
    page,
    context,
  }) => {
    await installAxe(context);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/en/aurora-xtrabackup/', '/de/the-serverless-test/']) {
      await page.goto(path);
      await picker(page, path.startsWith('/de/') ? 'de' : 'en').selectOption(theme);
      expect(await axeViolations(page), `${path} (${theme})`).toEqual([]);
    }
  });
}

test('without JavaScript there is no control, and the system theme applies', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/');
  await expect(page.locator('kb-theme-picker')).toHaveCount(1);
  await expect(page.locator('kb-theme-picker')).toBeHidden();
  expect(await bodyBackground(page)).toBe(DARK_BG);
  await context.close();
});
