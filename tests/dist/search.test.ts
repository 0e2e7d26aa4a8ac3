/** The search page and index as built, against the article files. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { useTranslations } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { archiveYears } from '../../src/lib/list-pages.ts';
import { archivePath, searchPath, tagsPath } from '../../src/lib/urls.ts';
import { readPage, searchIndexPages } from '../support/dist.ts';
import { plannedArticlePages, plannedNewestFirst } from '../support/site-plan.ts';

for (const locale of LOCALES) {
  test(`${searchPath(locale)} offers, without a query, the archive by year and the tags (not every title)`, () => {
    const t = useTranslations(locale);
    const expected = [
      { href: archivePath(locale), text: t('archive.title') },
      ...archiveYears(plannedNewestFirst(locale)).map(({ year }) => ({
        href: archivePath(locale, `${year}/`),
        text: year,
      })),
      { href: tagsPath(locale), text: t('tags.title') },
    ];
    assert.ok(expected.length > 3, 'years to list');
    const listed = parse(readPage(searchPath(locale)))
      .querySelectorAll('.browse a')
      .map((link) => ({ href: link.getAttribute('href'), text: link.text }));
    assert.deepEqual(listed, expected);
  });
}

test("each locale's index holds every article at its address there, the language of its text noted", () => {
  // Originals and translations in their own language; a fallback page's address with the original's text.
  const expected = plannedArticlePages().map((page) => ({
    language: page.locale,
    url: page.path,
    textLanguage: page.shown.locale,
  }));
  assert.ok(expected.some((page) => page.language !== page.textLanguage));
  const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
  assert.deepEqual(searchIndexPages().sort(byUrl), expected.sort(byUrl));
});
