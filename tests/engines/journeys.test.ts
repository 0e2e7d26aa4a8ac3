/**
 * The reader journeys in Firefox and WebKit, on the built site (dist/): every page kind fits at
 * the narrowest width the engine allows and at 1280 px, every script runs, the theme choice holds,
 * the table filters, sorts and restores its state from the address, a row link and an old section
 * link land, the search finds an article in the other language, the contents follow the reading.
 * Then, on copies of pages broken on purpose, the journeys must find the overflow, the script that
 * throws and the table that no longer filters. Chromium runs these and more in tests/e2e/.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { articleFacts } from '../support/article-facts.ts';
import { DIST } from '../support/dist.ts';
import { onePageOfEveryKind } from '../support/page-kinds.ts';
import { ROOT } from '../support/site-copy.ts';
import { plannedArticlePages } from '../support/site-plan.ts';
import { serveDist } from '../support/static-server.ts';
import { launchFirefox, launchWebKit, type Engine } from './engines.ts';
import {
  contentsFollow,
  oldLinkLands,
  pagesFit,
  phoneMenuOpens,
  rowLinkLands,
  scriptsRun,
  searchFinds,
  tableWorks,
  themePersists,
} from './journeys.ts';

const WIDTHS = [320, 1280];
const TABLE_PAGE = '/en/the-serverless-test/';
const rows = parse(readFileSync(join(ROOT, 'content', 'serverless', 'services.yaml'), 'utf8')) as {
  id: string;
  name: string;
  verdict: string;
}[];
const table = {
  yes: rows.filter((row) => row.verdict === 'yes').map((row) => row.id),
  all: rows.map((row) => row.id),
  names: rows.map((row) => row.name),
};
const pages = plannedArticlePages();
// An English-only article, found from the German search page at its German address.
const englishOnly = pages.find((page) => page.locale === 'de' && page.kind === 'fallback')!;
const searchWord = englishOnly.slug.split('-').find((word) => word.length >= 6)!;
// An old section link: the old blog's address and a heading id it published.
const withOldIds = articleFacts
  .map((facts) => ({ facts, original: pages.find((page) => page.kind === 'original' && page.slug === facts.slug)! }))
  .find(({ original }) => Object.keys(original.shown.frontmatter.formerHeadingIds ?? {}).length > 0)!;
const [oldId, newId] = Object.entries(withOldIds.original.shown.frontmatter.formerHeadingIds!)[0]!;
// An article with contents beside it on wide screens (three sections or more), and its second section.
const withContents = pages.find((page) => page.kind === 'original' && page.shown.body.match(/^## /gm)!.length >= 3)!;
const secondSection = [...withContents.shown.body.matchAll(/^## .*\{#([^}]+)\}/gm)][1]![1]!;

/** A copy of dist/ with some pages changed: each without its CSP (so the change runs as written). */
function brokenCopy(changes: Record<string, (html: string) => string>): string {
  const copy = mkdtempSync(join(tmpdir(), 'kb-broken-'));
  cpSync(DIST, copy, { recursive: true });
  for (const [path, change] of Object.entries(changes)) {
    const file = join(copy, path, 'index.html');
    const html = readFileSync(file, 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
    const changed = change(html);
    assert.notEqual(changed, html, `the change of ${path} applies`);
    writeFileSync(file, changed);
  }
  return copy;
}

/** The page's inline module script that defines `element`. */
const scriptOf = (html: string, element: string) =>
  [...html.matchAll(/<script type="module">[\s\S]*?<\/script>/g)].find((script) =>
    script[0].includes(`\`${element}\``),
  )![0];

const broken = brokenCopy({
  '/en/contact/': (html) => html.replace(/<body([^>]*)>/, '<body$1><div style="width: 2400px; height: 1px"></div>'),
  '/en/': (html) =>
    html.replace(
      scriptOf(html, 'kb-theme-picker'),
      `<script type="module">throw new Error('broken on purpose');</script>`,
    ),
  [TABLE_PAGE]: (html) => html.replace(scriptOf(html, 'kb-serverless-table'), ''),
});

const site = await serveDist(DIST);
const brokenSite = await serveDist(broken);

for (const [name, launch] of [
  ['Firefox', launchFirefox],
  ['WebKit', launchWebKit],
] as const) {
  test(`${name}: the reader journeys`, async (t) => {
    const engine: Engine = await launch();
    const { origin } = site;
    try {
      await t.test('every page kind fits at the narrowest width and at 1280 px', async () => {
        const kinds = onePageOfEveryKind();
        assert.ok(kinds.length > 10, 'pages of every kind');
        assert.deepEqual(await pagesFit(engine, origin, kinds, WIDTHS), []);
      });
      await t.test('every script runs, without errors', async () =>
        assert.deepEqual(await scriptsRun(engine, origin, onePageOfEveryKind()), []),
      );
      await t.test('on a phone the header is one row and its menu opens', async () =>
        assert.deepEqual(await phoneMenuOpens(engine, origin, '/de/'), []),
      );
      await t.test('the theme choice holds on the next page', async () =>
        assert.deepEqual(await themePersists(engine, origin, '/en/', TABLE_PAGE), []),
      );
      await t.test('the table filters from its address and its controls, and sorts', async () => {
        assert.ok(table.yes.length > 0 && table.yes.length < table.all.length, 'some rows, not all, say yes');
        assert.deepEqual(await tableWorks(engine, origin, TABLE_PAGE, table), []);
      });
      await t.test('a link to a table row lands on it', async () =>
        assert.deepEqual(await rowLinkLands(engine, origin, TABLE_PAGE, table.all.at(-1)!), []),
      );
      await t.test('the German search finds an English-only article at its German address', async () =>
        assert.deepEqual(await searchFinds(engine, origin, `/de/search/?q=${searchWord}`, englishOnly.path), []),
      );
      await t.test('an old section link lands on its heading', async () =>
        assert.deepEqual(
          await oldLinkLands(engine, origin, {
            from: `/${withOldIds.facts.permalinkDate}/${withOldIds.facts.slug}/`,
            to: withOldIds.original.path,
            oldId,
            id: newId,
          }),
          [],
        ),
      );
      await t.test('the contents mark the section being read', async () =>
        assert.deepEqual(await contentsFollow(engine, origin, withContents.path, secondSection), []),
      );
      await t.test(
        'broken on purpose: a page wider than the screen, a script that throws, a table that does not filter',
        async () => {
          const at = brokenSite.origin;
          const overflow = await pagesFit(engine, at, ['/en/contact/'], WIDTHS);
          assert.equal(overflow.length, 2, overflow.join('\n'));
          assert.match(overflow[0]!, /^\/en\/contact\/ at \d+ px: 24\d\d px wide/);
          const thrown = await scriptsRun(engine, at, ['/en/']);
          assert.ok(
            thrown.some((line) => line.startsWith('/en/: <kb-theme-picker> never came to life')),
            thrown.join('\n'),
          );
          const unfiltered = await tableWorks(engine, at, TABLE_PAGE, table);
          assert.ok(
            unfiltered.some((line) => line.startsWith(`${TABLE_PAGE}?verdict=yes:`)),
            unfiltered.join('\n'),
          );
        },
      );
    } finally {
      await engine.close();
    }
  });
}

test.after(() => {
  site.close();
  brokenSite.close();
  rmSync(broken, { recursive: true, force: true });
});
