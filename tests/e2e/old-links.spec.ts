/**
 * Every section link the old blog published, and every old heading id on today's pages, lands on
 * its heading: with JavaScript and without on a host without `_redirects` (astro preview), and on
 * Cloudflare Pages' own runtime, which answers old addresses with real 301s. Expectations come from
 * the sources: each original's `formerHeadingIds` (which tests/unit/old-blog.test.ts checks against
 * the old renderer's ids) and the old blog's permalinks (tests/support/article-facts.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { readRetiredAddresses } from '../../src/lib/retired-addresses.ts';
import { articleFacts } from '../support/article-facts.ts';
import { ROOT } from '../support/site-copy.ts';
import { plannedArticlePages } from '../support/site-plan.ts';
import { serveLikeCloudflarePages } from '../support/wrangler.ts';

interface OldLinks {
  permalink: string;
  /** The article's address in each locale: its original, translation or fallback page. */
  pages: { path: string; isOriginal: boolean }[];
  /** Old heading id → the heading's id now. */
  ids: [string, string][];
}

const pages = plannedArticlePages();
const oldLinks: OldLinks[] = articleFacts.map((facts) => {
  const original = pages.find((page) => page.kind === 'original' && page.slug === facts.slug)!;
  const formerIds = original.shown.frontmatter.formerHeadingIds;
  return {
    permalink: `/${facts.permalinkDate}/${facts.slug}/`,
    pages: pages
      .filter((page) => page.slug === facts.slug)
      .map((page) => ({ path: page.path, isOriginal: page === original })),
    ids: Object.entries(formerIds ?? {}),
  };
});

/** Where the page is now, and how far below the window's top the element with `id` is (undefined: none). */
async function landing(page: Page, id: string): Promise<{ path: string; top?: number }> {
  return page.evaluate((id) => {
    const element = document.getElementById(id);
    const target = element?.closest('h2, h3, h4, h5, h6, tr') ?? element;
    return { path: location.pathname, top: target ? target.getBoundingClientRect().top : undefined };
  }, id);
}

/** "At the top of the window": below the scroll margin, above a quarter of the window. */
const expectAtTop = (top: number | undefined, what: string) => {
  expect(top, what).toBeGreaterThanOrEqual(0);
  expect(top!, what).toBeLessThan(200);
};

test('the old links checked are every heading of the nine articles', () => {
  expect(oldLinks).toHaveLength(9);
  // The old blog gave 33 headings an id (tests/unit/old-blog.test.ts renders them again).
  expect(oldLinks.flatMap(({ ids }) => ids)).toHaveLength(33);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`astro preview (no _redirects), JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const { permalink, pages: versions, ids } of oldLinks.filter(({ ids }) => ids.length > 0)) {
      const original = versions.find(({ isOriginal }) => isOriginal)!.path;
      test(`${permalink}#<old id> and /<locale>/…#<old id> land on each heading (${ids.length})`, async ({ page }) => {
        for (const [oldId, id] of ids) {
          await page.goto(`${permalink}#${encodeURIComponent(oldId)}`);
          // With JavaScript the reader is sent on to the article's address; without, the article is here.
          const expected = javaScriptEnabled ? original : permalink;
          await page.waitForURL((url) => url.pathname === expected);
          const { path, top } = await landing(page, id);
          expect(path).toBe(expected);
          expectAtTop(top, `${permalink}#${oldId} → #${id}`);
          if (javaScriptEnabled) expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
        }
        // One load per page: the next #fragment on the same page scrolls as a link to it does.
        for (const { path: version } of versions) {
          for (const [oldId, id] of ids) {
            await page.goto(`${version}#${encodeURIComponent(oldId)}`);
            expectAtTop((await landing(page, id)).top, `${version}#${oldId} → #${id}`);
          }
        }
      });
    }
  });
}

const retired = [...readRetiredAddresses(ROOT)];

test('the retired addresses checked are pages and section links of content/retired.yaml', () => {
  expect(retired.filter(([from]) => !from.includes('#')).length).toBeGreaterThan(30);
  expect(retired.filter(([from]) => from.includes('#')).length).toBeGreaterThan(0);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`retired addresses, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    // Every page that leads to a #fragment, and a sample of the others (they share one template).
    test('a retired page leads where content/retired.yaml says', async ({ page }) => {
      const sample = retired.filter(
        ([from, to], index) => !from.includes('#') && (index % 5 === 0 || to.includes('#')),
      );
      for (const [from, to] of sample) {
        await page.goto(from);
        const [path, fragment] = to.split('#');
        await page.waitForURL((url) => url.pathname === path);
        if (fragment) expectAtTop((await landing(page, fragment)).top, `${from} → ${to}`);
      }
    });

    // The old blog's "Read more" links (#more) land at the top of their article.
    test('a retired section link lands at the top of its page', async ({ page }) => {
      for (const [from] of retired.filter(([from]) => from.includes('#'))) {
        await page.goto(from);
        expect(await page.evaluate(() => scrollY), from).toBe(0);
      }
    });
  });
}

test.describe('Cloudflare Pages (wrangler pages dev: real 301s from _redirects)', () => {
  test.describe.configure({ mode: 'serial' });
  let host: Awaited<ReturnType<typeof serveLikeCloudflarePages>>;
  test.beforeAll(async () => {
    host = await serveLikeCloudflarePages();
  });
  test.afterAll(() => host.stop());
  test.use({ javaScriptEnabled: false });

  for (const { permalink, pages: versions, ids } of oldLinks.filter(({ ids }) => ids.length > 0)) {
    const original = versions.find(({ isOriginal }) => isOriginal)!.path;
    test(`${permalink}#<old id>: the 301 keeps the #fragment, which lands on its heading, as on /<locale>/…`, async ({
      page,
    }) => {
      for (const [oldId, id] of ids) {
        await page.goto(`${host.origin}${permalink}#${encodeURIComponent(oldId)}`);
        const { path, top } = await landing(page, id);
        expect(path, `${permalink} answers with a 301 to ${original}`).toBe(original);
        expectAtTop(top, `${permalink}#${oldId} → #${id}`);
      }
      for (const { path: version } of versions) {
        for (const [oldId, id] of ids) {
          await page.goto(`${host.origin}${version}#${encodeURIComponent(oldId)}`);
          expectAtTop((await landing(page, id)).top, `${version}#${oldId} → #${id}`);
        }
      }
    });
  }
});
