/**
 * The header stays small: one row from 1024 px, at most two rows and 110 px on a 375 px phone, on
 * every kind of page in both locales; no page scrolls sideways at 320 px; on wide screens the text
 * and its table of contents are one centred unit; nothing moves while a page arrives and starts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts.ts';
import { onePageOfEveryKind } from '../support/page-kinds.ts';
import { plannedArticlePages } from '../support/site-plan.ts';
import { serveDist } from '../support/static-server.ts';

const articles = plannedArticlePages();
const pages = onePageOfEveryKind();

/** Rows of the header: its items' distinct top edges (items in one row are centred, so ±8 px). */
async function headerRows(page: Page): Promise<{ rows: number; height: number }> {
  return page.evaluate(() => {
    // Visible items only (the theme picker's script sits in the bar too).
    const items = [...document.querySelectorAll('.site-header .bar > :not([hidden], script)')];
    const tops: number[] = [];
    for (const item of items) {
      const { top, height } = item.getBoundingClientRect();
      const middle = top + height / 2;
      if (!tops.some((other) => Math.abs(other - middle) < 8)) tops.push(middle);
    }
    return { rows: tops.length, height: document.querySelector('.site-header')!.getBoundingClientRect().height };
  });
}

test('the pages measured cover every kind of page in both locales', () => {
  expect(pages.filter((path) => path.endsWith('/')).length).toBeGreaterThanOrEqual(2 * 8);
});

for (const path of pages) {
  test(`${path}: header in one row at 1280 and 1024 px, two rows and ≤ 110 px at 375 px; no sideways scroll at 320 px`, async ({
    page,
  }) => {
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      expect((await headerRows(page)).rows, `${width} px`).toBe(1);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const phone = await headerRows(page);
    expect(phone.rows).toBeLessThanOrEqual(2);
    expect(phone.height).toBeLessThanOrEqual(110);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  });
}

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
      await expect(page.locator('kb-theme-picker select')).toBeVisible();
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
