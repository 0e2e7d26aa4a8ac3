/**
 * The speculation rules every page carries (src/lib/speculation-rules.ts): valid JSON of the
 * shape browsers read, and which links they prepare, evaluated here as the HTML standard says
 * (URL patterns relative to the page, with the URLPattern of Node, as in Chromium).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { SPECULATION_RULE_SETS, SPECULATION_RULES } from '../../src/lib/speculation-rules.ts';
import {
  ATOM_FEED_PATH,
  articlePath,
  contactPath,
  feedPath,
  homePath,
  legacyArticlePath,
  LLMS_FULL_TXT_PATH,
  LLMS_TXT_PATH,
  markdownPath,
  OLD_SITEMAP_PATH,
  searchPath,
  servicesDownloadPath,
  SHARE_IMAGE_PATH,
  sourceEditUrl,
  tagPath,
  tagsPath,
  translationsPath,
} from '../../src/lib/urls.ts';
import { SITE } from '../../src/site-config.ts';

type Predicate = Record<string, unknown>;
interface Rule {
  source?: string;
  where: Predicate;
  eagerness: string;
}

/** A document rule's `where` for a link to `href` on the page at `pageUrl` (the standard's predicates; anything else throws). */
function matches(predicate: Predicate, href: string, pageUrl: string): boolean {
  const keys = Object.keys(predicate);
  assert.equal(keys.length, 1, `one condition per predicate: ${JSON.stringify(predicate)}`);
  const [key] = keys as [string];
  const value = predicate[key];
  const link = new URL(href, pageUrl).href;
  switch (key) {
    case 'and':
      return (value as Predicate[]).every((each) => matches(each, href, pageUrl));
    case 'or':
      return (value as Predicate[]).some((each) => matches(each, href, pageUrl));
    case 'not':
      return !matches(value as Predicate, href, pageUrl);
    case 'href_matches':
      return [value].flat().some((pattern) => new URLPattern(pattern as string, pageUrl).test(link));
    default:
      throw new Error(`unknown predicate ${key}`);
  }
}

const rules = (): Rule[] => Object.values(JSON.parse(SPECULATION_RULES) as Record<string, Rule[]>).flat();
/** Whether any rule prepares the link on the page. */
const prepared = (href: string, page = `${SITE.origin}${articlePath('en', 'some-article')}`) =>
  rules().some((rule) => matches(rule.where, href, page));

test('the rules are JSON as written into the page: prerender on a hover (moderate), for links of the page', () => {
  const parsed = JSON.parse(SPECULATION_RULES) as Record<string, Rule[]>;
  assert.deepEqual(parsed, SPECULATION_RULE_SETS);
  assert.deepEqual(Object.keys(parsed), ['prerender']);
  assert.ok(rules().length > 0);
  for (const rule of rules()) {
    assert.equal(rule.eagerness, 'moderate', 'prepared on intent, not on load');
    assert.ok(rule.source === undefined || rule.source === 'document', 'rules about the links of the page');
    assert.deepEqual(Object.keys(rule).sort(), ['eagerness', 'where']);
  }
  // Safe inside <script>: nothing that would end the element or start a comment.
  assert.doesNotMatch(SPECULATION_RULES, /<\/script|<!--/i);
});

test('pages of the site are prepared, in both locales and from any page', () => {
  const pages = LOCALES.flatMap((locale) => [
    homePath(locale),
    articlePath(locale, 'the-serverless-test'),
    `${articlePath(locale, 'the-serverless-test')}?verdict=no#eks`,
    tagsPath(locale),
    tagPath(locale, 'aws'),
    contactPath(locale),
    translationsPath(locale),
  ]);
  for (const page of [...pages, legacyArticlePath(new Date('2017-07-09'), 'x')]) {
    assert.ok(prepared(page), page);
    assert.ok(prepared(page, `${SITE.origin}/`), `${page} from the home page`);
    assert.ok(prepared(new URL(page, SITE.origin).href), `${page} as an absolute link`);
  }
  // Relative to the page, not to one host: the same on a preview server.
  assert.ok(prepared('/en/x/', 'http://localhost:4321/de/y/'));
});

test('not the search page, data files, feeds or anything else that is no page', () => {
  const notPages = [
    ...LOCALES.flatMap((locale) => [
      searchPath(locale),
      `${searchPath(locale)}?q=aurora`,
      markdownPath(locale, 'the-serverless-test'),
      feedPath(locale),
      servicesDownloadPath(locale, 'json'),
      servicesDownloadPath(locale, 'csv'),
    ]),
    ATOM_FEED_PATH,
    LLMS_TXT_PATH,
    LLMS_FULL_TXT_PATH,
    OLD_SITEMAP_PATH,
    '/sitemap-index.xml',
    '/robots.txt',
    '/404.html',
    SHARE_IMAGE_PATH,
    '/pagefind/pagefind.js',
  ];
  for (const path of notPages) {
    assert.equal(prepared(path), false, path);
    assert.equal(prepared(new URL(path, SITE.origin).href), false, `${path} as an absolute link`);
  }
});

test('no link to another site, not even to another host or scheme of this one', () => {
  for (const href of [
    'https://example.org/en/',
    SITE.links.ccBy,
    sourceEditUrl(SITE.repository, 'content/articles/en/x.mdx'),
    `http://${new URL(SITE.origin).host}/en/`,
    `https://www.${new URL(SITE.origin).host}/en/`,
    `${SITE.origin}:8443/en/`,
  ])
    assert.equal(prepared(href), false, href);
});
