/**
 * The header stays small: one row at every width, at most 56 px on a 375 px phone (its menu behind
 * one button) on every kind of page in both locales, light and dark, with JavaScript on and off;
 * on wide screens its content spans the content column exactly; the navigation marks where the
 * reader is; no page scrolls sideways at 320 px; nothing moves while a page arrives and starts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n/index.ts';
import { axeViolations, installAxe } from '../support/axe.ts';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts.ts';
import { onePageOfEveryKind } from '../support/page-kinds.ts';
import { plannedArticlePages } from '../support/site-plan.ts';
import { serveDist } from '../support/static-server.ts';

const articles = plannedArticlePages();
const pages = onePageOfEveryKind();
/** What the header shows: the name, the menu button (phones) or the navigation and tools. */
const HEADER_ITEMS =
  '.site-title, .menu-button, .site-header nav a, .header-search input, .language-switcher a, kb-theme-picker select';

/** Rows of the header: its visible items' distinct middles (items in one row are centred, so ±8 px). */
async function headerRows(page: Page): Promise<{ rows: number; height: number; left: number; right: number }> {
  return page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll(selector)]
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    const middles: number[] = [];
    for (const { top, height } of boxes) {
      const middle = top + height / 2;
      if (!middles.some((other) => Math.abs(other - middle) < 8)) middles.push(middle);
    }
    return {
      rows: middles.length,
      height: document.querySelector('.site-header')!.getBoundingClientRect().height,
      left: Math.min(...boxes.map((box) => box.left)),
      right: Math.max(...boxes.map((box) => box.right)),
    };
  }, HEADER_ITEMS);
}

/** The content column: the text's left edge to the text's right edge, or the contents' beside it. */
function contentColumn(page: Page): Promise<{ left: number; right: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const style = getComputedStyle(main);
    const box = main.getBoundingClientRect();
    const toc = document.querySelector('.toc');
    const tocBox = toc && getComputedStyle(toc).float !== 'none' ? toc.getBoundingClientRect() : undefined;
    return {
      left: box.left + parseFloat(style.paddingLeft),
      right: tocBox ? tocBox.right : box.right - parseFloat(style.paddingRight),
    };
  });
}

test('the pages measured cover every kind of page in both locales', () => {
  expect(pages.filter((path) => path.endsWith('/')).length).toBeGreaterThanOrEqual(2 * 8);
});

for (const path of pages) {
  test(`${path}: header in one row, ≤ 56 px at 375 px (JavaScript on and off, light and dark), spanning the content column at 1280 px; no sideways scroll at 320 px`, async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [true, false])
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ javaScriptEnabled, colorScheme });
        const page = await context.newPage();
        const label = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${colorScheme}`;
        await page.setViewportSize({ width: 375, height: 812 });
        await page.goto(path);
        const phone = await headerRows(page);
        expect(phone.rows, `375 px, ${label}`).toBe(1);
        expect(phone.height, `375 px, ${label}`).toBeLessThanOrEqual(56);
        for (const width of [1280, 1024]) {
          await page.setViewportSize({ width, height: 800 });
          expect((await headerRows(page)).rows, `${width} px, ${label}`).toBe(1);
        }
        await page.setViewportSize({ width: 1280, height: 800 });
        const header = await headerRows(page);
        const column = await contentColumn(page);
        expect(Math.abs(header.left - column.left), `left edges at 1280 px, ${label}`).toBeLessThanOrEqual(2);
        expect(Math.abs(header.right - column.right), `right edges at 1280 px, ${label}`).toBeLessThanOrEqual(2);
        await page.setViewportSize({ width: 320, height: 800 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBe(320);
        await context.close();
      }
  });
}

test('on a phone the menu opens with one tap, also without JavaScript: navigation, search, language and theme, each labelled; axe finds nothing in it', async ({
  browser,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 812 } });
    await installAxe(context);
    const page = await context.newPage();
    await page.goto('/de/advantages-aws-multi-account-architecture/');
    const t = dictionaries.de;
    const menu = page.getByRole('button', { name: t['nav.menu'] });
    await expect(page.getByRole('navigation', { name: t['nav.label'] })).toBeHidden();
    await menu.click();
    await expect(page.getByRole('navigation', { name: t['nav.label'] })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: t['search.label'] })).toBeVisible();
    // The language link says, on one line, that the English page is the original.
    const language = page.getByRole('link', { name: /^English/ });
    await expect(language).toBeVisible();
    const { lines } = await language.evaluate((link) => ({
      lines: Math.round(link.getBoundingClientRect().height / parseFloat(getComputedStyle(link).lineHeight)),
    }));
    expect(lines).toBe(1);
    await expect(language).toContainText(`(${dictionaries.en['switcher.original']})`);
    // The theme control shows its name and state (without JavaScript there is no choice to offer).
    const theme = page.getByRole('combobox', { name: t['theme.label'] });
    if (javaScriptEnabled) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page, '#site-menu'), `the open menu, ${colorScheme}`).toEqual([]);
      }
      await expect(theme).toBeVisible();
      await expect(page.locator('kb-theme-picker label span')).toBeVisible();
      await expect(page.locator('.theme-icon')).toBeVisible();
    } else await expect(theme).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: t['nav.label'] })).toBeHidden();
    await context.close();
  }
});

test('the navigation marks the current page and section (aria-current), and nothing elsewhere', async ({ page }) => {
  const t = dictionaries.en;
  const current = (name: string) => page.getByRole('navigation', { name: t['nav.label'] }).getByRole('link', { name });
  await page.goto('/en/');
  await expect(current(t['nav.home'])).toHaveAttribute('aria-current', 'page');
  await expect(current(t['nav.contact'])).not.toHaveAttribute('aria-current');
  await page.goto('/en/contact/');
  await expect(current(t['nav.contact'])).toHaveAttribute('aria-current', 'page');
  await expect(current(t['nav.home'])).not.toHaveAttribute('aria-current');
  await page.goto(articles.find((article) => article.locale === 'en')!.path);
  await expect(current(t['nav.home'])).toHaveAttribute('aria-current', 'true');
  await page.goto('/en/search/');
  await expect(page.locator('.site-header [aria-current]')).toHaveCount(0);
});

test('on wide screens the text and its table of contents are one centred unit', async ({ page }) => {
  const withContents = articles.find((page) => page.locale === 'en' && page.shown.body.match(/^## /gm)!.length >= 3)!;
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(withContents.path);
  const box = await page.evaluate(() => {
    const text = document.querySelector('.prose')!.getBoundingClientRect();
    const toc = document.querySelector('.toc')!.getBoundingClientRect();
    return { left: text.left, right: window.innerWidth - toc.right, tocLeft: toc.left, textRight: text.right };
  });
  expect(box.tocLeft).toBeGreaterThan(box.textRight); // beside the text, not over it
  expect(Math.abs(box.left - box.right)).toBeLessThanOrEqual(40);
});

test('nothing moves while a page loads its scripts (the theme picker is there from the first paint)', async ({
  browser,
}) => {
  const checked: string[] = [];
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await recordLayoutShifts(context);
    const page = await context.newPage();
    for (const path of ['/en/', '/de/the-serverless-test/', '/en/aurora-xtrabackup/']) {
      await page.goto(path, { waitUntil: 'load' });
      // On a phone the picker is in the closed menu; it is there from the first paint all the same.
      await expect(page.locator('kb-theme-picker select')).toBeAttached();
      if (width > 375) await expect(page.locator('kb-theme-picker select')).toBeVisible();
      // Two frames after load: the page scripts have run and been laid out.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await layoutShifts(page), `${path} at ${width} px`).toEqual([]);
      checked.push(path);
    }
    await context.close();
  }
  expect(checked).toHaveLength(6);
});

test('nothing moves while a page is still arriving (no paint before the whole text is there)', async ({ browser }) => {
  test.setTimeout(90_000);
  // Where a slow network could cut a page: in the header's tools, before the title, before the
  // contents (which widen the column), inside the table, at the end of the text.
  const cuts = ['<kb-theme-picker', '<h1', '<nav class="toc', '<table', '</main>'];
  const withContents = articles.find((page) => page.locale === 'en' && page.shown.body.match(/^## /gm)!.length >= 3)!;
  const server = await serveDist('dist');
  const checked: string[] = [];
  try {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      await recordLayoutShifts(context);
      const page = await context.newPage();
      for (const path of ['/en/', withContents.path, '/de/the-serverless-test/']) {
        const html = readFileSync(`dist${path}index.html`);
        for (const cut of cuts) {
          const at = html.indexOf(cut);
          if (at < 0) continue;
          await page.goto(`${server.origin}${path}?pauseAt=${at}`, { waitUntil: 'load' });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          expect(await layoutShifts(page), `${path} cut before ${cut} at ${width} px`).toEqual([]);
          checked.push(`${path} ${cut}`);
        }
      }
      await context.close();
    }
  } finally {
    server.close();
  }
  // Every page was cut in its header, before its title and at its end; the article before its
  // contents, the table page inside its table.
  expect(checked).toHaveLength(2 * (3 * 3 + 2));
});
