/**
 * The table of contents follows the reader (TableOfContents.astro, table-of-contents.ts): the link
 * of the section being read is marked, beside the text on wide screens and in the bar that stays at
 * the top of the screen on phones, which names the section, opens the list over the text and
 * closes it when a link is followed. Without JavaScript: tests/e2e/without-javascript.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n/index.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { axeViolations, installAxe } from '../support/axe.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts.ts';

const SLUG = 'advantages-aws-multi-account-architecture';
const PATH = articlePath('en', SLUG);
const t = useTranslations('en');
/** The article's sections as written: `## Title {#id}` → id → title. */
const sections = new Map(
  [...readFileSync(`content/articles/en/${SLUG}.mdx`, 'utf8').matchAll(/^#{2,3} (.+) \{#([^}]+)\}$/gm)].map(
    ([, title, id]) => [id!, title!],
  ),
);
const SECURITY = 'security';
const OWNERSHIP = 'ownership-and-billing';
/** The longest title: too long for one line on a phone. */
const LONGEST = [...sections.keys()].reduce((a, b) => (sections.get(a)!.length >= sections.get(b)!.length ? a : b));

test.beforeEach(async ({ context }) => {
  await recordCspViolations(context);
  await recordLayoutShifts(context);
});

/** What the summary shows (its hidden parts aside). */
const shownText = (page: Page) =>
  page.locator('nav.toc summary').evaluate((summary: HTMLElement) => summary.innerText.trim());
/** Scrolls so that the section's heading is `offset` px below the top of the viewport. */
const scrollToSection = (page: Page, id: string, offset = 100) =>
  page.locator(`#${id}`).evaluate((heading, offset) => {
    window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - offset);
  }, offset);
const tocLink = (page: Page, id: string) => page.locator(`.toc a[href="#${id}"]`);

test('sections in the source are the ones the test reads', () => {
  expect(sections.get(SECURITY)).toBe('Security');
  expect(sections.get(OWNERSHIP)).toBe('Ownership and billing');
  expect(sections.size).toBeGreaterThanOrEqual(10);
});

test('wide screens: the link of the section being read is marked, with a bar and heavier text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PATH);
  const current = page.locator('.toc [aria-current]');
  await expect(current).toHaveCount(0); // the introduction
  await scrollToSection(page, SECURITY);
  await expect(tocLink(page, SECURITY)).toHaveAttribute('aria-current', 'true');
  await expect(current).toHaveCount(1);
  const look = (id: string) =>
    tocLink(page, id).evaluate((link) => ({
      stroke: getComputedStyle(link).webkitTextStroke,
      bar: getComputedStyle(link.parentElement!, '::before').borderLeftWidth,
      color: getComputedStyle(link).color,
      body: getComputedStyle(document.body).color,
    }));
  const marked = await look(SECURITY);
  const plain = await look(OWNERSHIP);
  expect(marked.bar).toBe('3px');
  expect(plain.bar).not.toBe('3px');
  expect(marked.stroke).not.toBe(plain.stroke);
  expect(marked.color).toBe(marked.body);
  expect(plain.color).not.toBe(plain.body);
  // Further down, the next section; back at the top, none.
  await scrollToSection(page, OWNERSHIP);
  await expect(tocLink(page, OWNERSHIP)).toHaveAttribute('aria-current', 'true');
  await expect(current).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(current).toHaveCount(0);
  // At the very end the last section is current, though its heading never reaches the reading line.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(tocLink(page, [...sections.keys()].at(-1)!)).toHaveAttribute('aria-current', 'true');
  expect(await layoutShifts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test('phones: the bar at the top names the section, opens the list over the text and closes on a link', async ({
  page,
  context,
}) => {
  await installAxe(context);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(PATH);
  const nav = page.locator('nav.toc');
  const summary = nav.locator('summary');
  const list = nav.locator('ol');
  expect(await shownText(page)).toBe(t('toc.title'));
  const closedHeight = (await nav.boundingBox())!.height;

  // Reading a section: the bar stays at the top of the screen and says where the reader is.
  await scrollToSection(page, SECURITY, 150);
  await expect.poll(() => shownText(page)).toBe(t('toc.current', { section: sections.get(SECURITY)! }));
  await expect(tocLink(page, SECURITY)).toHaveAttribute('aria-current', 'true');
  expect((await nav.boundingBox())!.y).toBe(0);
  // A long title stays on one line, cut with an ellipsis.
  await scrollToSection(page, LONGEST, 150);
  await expect.poll(() => shownText(page)).toBe(t('toc.current', { section: sections.get(LONGEST)! }));
  expect((await nav.boundingBox())!.height).toBe(closedHeight);
  expect(closedHeight).toBeLessThan(48);
  expect(await summary.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await summary.evaluate((element) => getComputedStyle(element).textOverflow)).toBe('ellipsis');

  // Opening it shows the list over the text: nothing below moves.
  const heading = page.locator(`#${LONGEST}`);
  const before = (await heading.boundingBox())!.y;
  await summary.click();
  await expect(list).toBeVisible();
  await expect(tocLink(page, OWNERSHIP)).toBeInViewport();
  expect((await heading.boundingBox())!.y).toBe(before);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${colorScheme}, list open`).toEqual([]);
  }

  // Following a link closes the list and lands with the heading below the bar, not behind it.
  await tocLink(page, OWNERSHIP).click();
  await expect(page).toHaveURL(new RegExp(`#${OWNERSHIP}$`));
  await expect(list).toBeHidden();
  const target = page.locator(`#${OWNERSHIP}`);
  await expect(target).toBeInViewport();
  await expect.poll(() => shownText(page)).toBe(t('toc.current', { section: sections.get(OWNERSHIP)! }));
  const bar = (await nav.boundingBox())!;
  const landed = (await target.boundingBox())!;
  expect(bar.y).toBe(0);
  expect(landed.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  // The heading's text is what is on top there, not the bar.
  expect(
    await target.evaluate((element) => {
      const { left, top } = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(left + 5, top + 5));
    }),
  ).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  expect(await layoutShifts(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
