/** The search page and index as built, against the article files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';
import { searchPath } from '../../src/lib/urls.ts';
import { readPage, searchIndexPages } from '../support/dist.ts';
import { plannedArticlePages } from '../support/site-plan.ts';

for (const locale of LOCALES) {
  test(`${searchPath(locale)} lists every article A–Z by title, in the order of the locale's collation`, () => {
    const collator = new Intl.Collator(locale);
    const expected = plannedArticlePages()
      .filter((page) => page.locale === locale)
      .map((page) => ({ href: page.path, title: page.shown.frontmatter.title }))
      .sort((a, b) => collator.compare(a.title, b.title));
    assert.ok(expected.length > 0, 'articles to list');
    const listed = parse(readPage(searchPath(locale)))
      .querySelectorAll('.browse li a')
      .map((link) => ({ href: link.getAttribute('href'), title: link.text }));
    assert.deepEqual(listed, expected);
  });
}

test('the search index holds every original and translation in its own language, and no fallback page', () => {
  const expected = plannedArticlePages()
    .filter((page) => page.kind !== 'fallback')
    .map((page) => ({ language: page.locale, url: page.path }));
  const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
  assert.deepEqual(searchIndexPages().sort(byUrl), expected.sort(byUrl));
});
