/**
 * The articles' Markdown twins, /llms.txt and /llms-full.txt as built. Expectations come from the
 * page plan (tests/support/site-plan.ts), the dictionaries and content/serverless/services.yaml.
 */
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse, type HTMLElement, type Node as HtmlNode } from 'node-html-parser';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { dictionaries } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { archiveYears, HOME_NEWEST } from '../../src/lib/list-pages.ts';
import { LLMS_FULL_TXT_PATH, LLMS_TXT_PATH, llmsFullPath, llmsListPath, markdownPath } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site-config.ts';
import { DIST, readPage } from '../support/dist.ts';
import { plannedArticlePages, plannedNewestFirst, sitePlan, type PlannedArticlePage } from '../support/site-plan.ts';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  url?: string;
  children?: MdNode[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);
const commonmark = unified().use(remarkParse);
const parseMarkdown = (text: string) => markdown.parse(text) as MdNode;
const pages = plannedArticlePages();
const realVersions = pages.filter((page) => page.kind !== 'fallback');
/** The twin a page links: its own, or on a fallback page the original's. */
const twinOf = (page: PlannedArticlePage) =>
  markdownPath(page.kind === 'fallback' ? page.originalLocale : page.locale, page.slug);

function* walk(node: MdNode): Generator<MdNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The section headings (## and below) of a twin, in order. */
const headings = (tree: MdNode) => [...walk(tree)].filter((node) => node.type === 'heading' && node.depth! > 1);

/**
 * Words: runs of letters and digits, lower-cased. Text nodes are joined with spaces on both sides
 * (HTML text nodes, Markdown text/code nodes), so a word never runs into the next table cell.
 */
const words = (texts: string[]) =>
  texts
    .join(' ')
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

const markdownWords = (tree: MdNode) =>
  words(
    [...walk(tree)].filter((node) => node.type !== 'html' && typeof node.value === 'string').map((node) => node.value!),
  );

/** The author's words on a page: the `.prose` text without code and the site's own words (marked `data-site-text`). */
function proseWords(path: string): string[] {
  // <pre> parsed as elements, not raw text: code blocks are spans of text in the page.
  const prose = parse(readPage(path), { blockTextElements: { script: true, style: true } }).querySelector(
    'main .prose',
  )!;
  for (const element of prose.querySelectorAll('script, style, [data-site-text]')) element.remove();
  const texts: string[] = [];
  const collect = (node: HtmlNode) => {
    if (node.nodeType === 3) texts.push(node.text);
    else for (const child of (node as HTMLElement).childNodes) collect(child);
  };
  collect(prose);
  return words(texts);
}

/** Length of the longest common subsequence of two word lists (two rows of the DP table). */
function lcsLength(a: string[], b: string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j++)
      current[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

test('a Markdown twin is built for every real version (original or translation), none for fallbacks', () => {
  const built = globSync('*/*.md', { cwd: DIST }).map((file) => `/${file}`);
  assert.equal(realVersions.length, 11);
  assert.deepEqual(built.sort(), realVersions.map((page) => markdownPath(page.locale, page.slug)).sort());
});

test('every twin parses as CommonMark + GFM: the title as its one # heading, no HTML left, the page text in order', () => {
  assert.equal(realVersions.length, 11);
  for (const page of realVersions) {
    const path = markdownPath(page.locale, page.slug);
    const tree = parseMarkdown(readFileSync(`${DIST}${path}`, 'utf8'));
    const titles = [...walk(tree)].filter((node) => node.type === 'heading' && node.depth === 1);
    assert.equal(titles.length, 1, `${path}: one # heading`);
    assert.equal(markdownWords(titles[0]!).join(' '), words([page.shown.frontmatter.title]).join(' '), path);
    // The line under the title links the canonical URL, in CommonMark (which, unlike GFM, makes
    // no link of a bare URL).
    const meta = commonmark.parse(readFileSync(`${DIST}${path}`, 'utf8')).children[1] as MdNode;
    assert.ok(
      [...walk(meta)].some((node) => node.type === 'link' && node.url === `${SITE.origin}${page.path}`),
      `${path}: the meta line links ${page.path}`,
    );
    // Raw HTML in a twin, other than the heading anchors, would be a leftover of MDX (a component, a comment).
    const headingHtml = new Set(headings(tree).flatMap((heading) => heading.children!));
    assert.deepEqual(
      [...walk(tree)].filter((node) => node.type === 'html' && !headingHtml.has(node)).map((node) => node.value),
      [],
      `${path}: no HTML`,
    );
    // Of the words a reader sees in the article's text, in their order, the twin keeps at least
    // 99.5 % (longest common subsequence of the two word lists, over the page's words).
    const pageWords = proseWords(page.path);
    assert.ok(pageWords.length > 200, `${page.path}: ${pageWords.length} words`);
    const kept = lcsLength(pageWords, markdownWords(tree)) / pageWords.length;
    assert.ok(kept >= 0.995, `${path} keeps ${(kept * 100).toFixed(2)} % of the page's words in order`);
  }
});

test('every twin heading keeps the id of the page’s heading, as an empty anchor ending its line', () => {
  assert.equal(realVersions.length, 11);
  let anchors = 0;
  for (const page of realVersions) {
    const path = markdownPath(page.locale, page.slug);
    const twinHeadings = headings(parseMarkdown(readFileSync(`${DIST}${path}`, 'utf8')));
    // The page adds a heading of its own above the footnotes.
    const pageIds = parse(readPage(page.path))
      .querySelectorAll('.prose :is(h2, h3, h4, h5, h6)')
      .map((heading) => heading.id)
      .filter((id) => id !== 'footnote-label');
    assert.equal(twinHeadings.length, pageIds.length, `${path}: headings`);
    twinHeadings.forEach((heading, index) => {
      const shown = [...walk(heading)].filter((node) => node.type === 'text').map((node) => node.value);
      assert.doesNotMatch(shown.join(''), /\{#/, `${path}: heading ${index + 1} shows no {#id}`);
      const html = heading.children!.filter((node) => node.type === 'html').map((node) => node.value);
      if (html.length === 0) return;
      assert.deepEqual(html, [`<a id="${pageIds[index]}">`, '</a>'], `${path}: heading ${index + 1}`);
      assert.equal(heading.children!.at(-1)!.value, '</a>', `${path}: heading ${index + 1} ends with its anchor`);
      anchors++;
    });
  }
  assert.ok(anchors > 0, `${anchors} heading anchors`);
});

test("the twins of the-serverless-test hold the table's rows as a GFM table in their language", () => {
  const services = parseYaml(readFileSync('content/serverless/services.yaml', 'utf8')) as {
    name: string;
    reason: Record<string, string>;
  }[];
  assert.equal(services.length, 17);
  for (const locale of LOCALES) {
    const tree = parseMarkdown(readFileSync(`${DIST}${markdownPath(locale, 'the-serverless-test')}`, 'utf8'));
    const tables = [...walk(tree)].filter((node) => node.type === 'table');
    assert.equal(tables.length, 1, locale);
    const [header, ...rows] = tables[0]!.children!;
    const cellText = (row: MdNode, column: number) => markdownWords(row.children![column]!).join(' ');
    assert.deepEqual(
      header!.children!.map((_, column) => cellText(header!, column)),
      (['name', 'verdict', 'reason', 'provider', 'category'] as const).map((column) =>
        words([dictionaries[locale][`table.col.${column}`]]).join(' '),
      ),
      locale,
    );
    assert.equal(rows.length, services.length, locale);
    rows.forEach((row, index) => {
      assert.equal(cellText(row, 0), words([services[index]!.name]).join(' '), `${locale} row ${index}`);
      // The reason as readers of the locale see it: its words, without the link targets.
      const reason = services[index]!.reason[locale]!.replace(/\]\([^)]+\)/g, ']');
      assert.equal(
        cellText(row, 2).replace(/\b\d+ /g, ''),
        words([reason])
          .join(' ')
          .replace(/\b\d+ /g, ''),
      );
    });
  }
});

test('every article page links its twin in the head and the footer; a fallback page links the original’s', () => {
  assert.equal(pages.length, 18);
  for (const page of pages) {
    const doc = parse(readPage(page.path));
    const alternate = doc.querySelectorAll('head link[rel="alternate"][type="text/markdown"]');
    assert.deepEqual(
      alternate.map((link) => link.getAttribute('href')),
      [twinOf(page)],
      page.path,
    );
    const footerLinks = doc.querySelectorAll('.article-footer a[type="text/markdown"]');
    assert.deepEqual(
      footerLinks.map((link) => [link.getAttribute('href'), link.text]),
      [[twinOf(page), dictionaries[page.locale]['article.markdown']]],
      page.path,
    );
  }
});

test('llms.txt: the site name, a summary, and per locale a list file and a full-text file per year; the lists name every article of the page plan once, linking its twin', () => {
  const text = readFileSync(`${DIST}${LLMS_TXT_PATH}`, 'utf8');
  const tree = parseMarkdown(text);
  const [title, summary, ...rest] = tree.children!;
  assert.deepEqual([title!.type, title!.depth], ['heading', 1]);
  assert.equal(summary!.type, 'blockquote');
  const sections = text.split(/^## /m).slice(1);
  assert.equal(sections.length, LOCALES.length);
  assert.equal(rest.filter((node) => node.type === 'heading').length, LOCALES.length);
  LOCALES.forEach((locale, index) => {
    const newest = plannedNewestFirst(locale);
    const years = archiveYears(newest);
    const files = [...sections[index]!.matchAll(/^- \[(.+)\]\((\S+)\): \S/gm)].map(([, , url]) => url!);
    const own = (items: typeof newest) => items.filter((page) => page.kind !== 'fallback');
    assert.deepEqual(
      files,
      years.flatMap(({ year, items }) => [
        `${SITE.origin}${llmsListPath(locale, year)}`,
        ...(own(items).length > 0 ? [`${SITE.origin}${llmsFullPath(locale, year)}`] : []),
      ]),
      `${locale}: newest year first, the full text where the locale has a version of that year`,
    );
    const listed = years.flatMap(({ year }) =>
      [...readFileSync(`${DIST}${llmsListPath(locale, year)}`, 'utf8').matchAll(/^- \[(.+)\]\((\S+)\): \S/gm)].map(
        ([, , url]) => url,
      ),
    );
    assert.equal(newest.length, 9);
    assert.deepEqual(
      listed,
      newest.map((page) => `${SITE.origin}${twinOf(page)}`),
      locale,
    );
    for (const { year, items } of years) {
      const versions = own(items);
      if (versions.length === 0) continue;
      const full = readFileSync(`${DIST}${llmsFullPath(locale, year)}`, 'utf8');
      assert.deepEqual(
        full.split('\n---\n\n'),
        versions.map((page) => readFileSync(`${DIST}${twinOf(page)}`, 'utf8')),
        `${llmsFullPath(locale, year)}: the twins of the locale's versions of the year, newest first`,
      );
    }
  });
});

test('llms-full.txt holds the twins of the newest originals', () => {
  const full = readFileSync(`${DIST}${LLMS_FULL_TXT_PATH}`, 'utf8');
  const originals = pages
    .filter((page) => page.kind === 'original')
    .sort(
      (a, b) => b.shown.frontmatter.pubDate.localeCompare(a.shown.frontmatter.pubDate) || a.slug.localeCompare(b.slug),
    )
    .slice(0, HOME_NEWEST);
  assert.equal(originals.length, 9);
  assert.deepEqual(
    full.split('\n---\n\n'),
    originals.map((page) => readFileSync(`${DIST}${twinOf(page)}`, 'utf8')),
  );
});

test('every page for readers links llms.txt in its footer; robots.txt names llms.txt and llms-full.txt', () => {
  const { indexable, unindexed } = sitePlan();
  const readerPages = [...indexable, ...unindexed];
  assert.ok(readerPages.length > 50, `${readerPages.length} pages`);
  for (const path of readerPages)
    assert.equal(parse(readPage(path)).querySelectorAll(`.site-footer a[href="${LLMS_TXT_PATH}"]`).length, 1, path);
  const robots = readFileSync(`${DIST}/robots.txt`, 'utf8');
  for (const path of [LLMS_TXT_PATH, LLMS_FULL_TXT_PATH])
    assert.match(robots, new RegExp(`^# ${SITE.origin}${path}$`, 'm'), path);
});
