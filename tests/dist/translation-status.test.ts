/**
 * The public translation status page: a summary of every published article × locale by the state
 * that `npm run i18n:status` computes from the article files, and the work to do with its links.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { readArticleSources, statusSources } from '../../scripts/lib/article-sources.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { LOCALES, languageName } from '../../src/i18n/locales.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { bodyHash, translationStatus } from '../../src/lib/translation-status.ts';
import { articlePath, translationsPath } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site-config.ts';
import { readPage } from '../support/dist.ts';
import { ROOT } from '../support/site-copy.ts';
import { plannedArticlePages, plannedNewestFirst } from '../support/site-plan.ts';

const published = readArticleSources(ROOT).articles.filter((article) => article.frontmatter.draft !== true);
const expected = translationStatus(statusSources(published));
const slugs = [...new Set(published.map((article) => article.slug))].sort();
const LABEL_KEYS = {
  original: 'translations.original',
  'up-to-date': 'translations.upToDate',
  outdated: 'translations.outdated',
  missing: 'translations.missing',
} as const;

test('the status comes from the files: originals have no translationOf, a translation is outdated when its originalHash differs', () => {
  assert.deepEqual(
    expected.map((row) => row.slug),
    slugs,
    'one row per published slug',
  );
  for (const article of published) {
    const original = published.find((each) => each.id === (article.frontmatter.translationOf ?? article.id))!;
    const state = !article.frontmatter.translationOf
      ? 'original'
      : article.frontmatter.originalHash === bodyHash(original.body)
        ? 'up-to-date'
        : 'outdated';
    const row = expected.find((each) => each.slug === article.slug)!;
    assert.equal(row.states[article.locale], state, article.file);
  }
  const missing = expected.flatMap((row) => LOCALES.filter((locale) => row.states[locale] === 'missing'));
  assert.equal(missing.length, slugs.length * LOCALES.length - published.length, 'every locale without a file');
});

for (const locale of LOCALES) {
  test(`${translationsPath(locale)}: a summary per language and state, then the work to do with its edit or translate links`, () => {
    const words = dictionaries[locale];
    const page = parse(readPage(translationsPath(locale)));
    const [summaryRegion, workRegion] = page.querySelectorAll('[role="region"][tabindex="0"]');
    const summary = summaryRegion?.querySelector('table');
    assert.ok(summary, 'the summary scrolls inside a focusable region');
    assert.equal(summary.querySelector('caption')?.text, words['translations.summaryCaption']);
    assert.equal(summaryRegion!.getAttribute('aria-labelledby'), summary.querySelector('caption')!.id);
    const states = ['original', 'up-to-date', 'outdated', 'missing'] as const;
    assert.deepEqual(
      summary.querySelectorAll('thead th').map((th) => th.text),
      [words['translations.state'], ...LOCALES.map((each) => languageName(each, locale))],
    );
    assert.deepEqual(
      summary.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => Number(td.text))),
      states.map((state) => LOCALES.map((each) => expected.filter((row) => row.states[each] === state).length)),
    );
    // The work: outdated translations, then missing ones, in the order of the locale's article list (newest first).
    const order = plannedNewestFirst(locale).map((each) => each.slug);
    const work = (['outdated', 'missing'] as const).flatMap((state) =>
      [...expected]
        .sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug))
        .flatMap((row) => LOCALES.filter((each) => row.states[each] === state).map((each) => ({ row, each, state }))),
    );
    assert.ok(work.length > 0, 'the real content has articles to translate');
    const table = workRegion?.querySelector('table');
    assert.ok(table, 'the work list scrolls inside a focusable region');
    assert.equal(table.querySelector('caption')?.text, words['translations.workCaption']);
    const rows = table.querySelectorAll('tbody tr');
    assert.equal(rows.length, work.length);
    work.forEach(({ row, each, state }, index) => {
      const cells = rows[index]!;
      assert.equal(
        cells.querySelector('th[scope="row"] a')?.getAttribute('href'),
        articlePath(locale, row.slug),
        row.slug,
      );
      const [language, stateCell] = cells.querySelectorAll('td');
      assert.equal(language!.text, languageName(each, locale), `${row.slug}: the language to work on`);
      const date = row.originalChanged ? formatDate(new Date(row.originalChanged), locale) : '';
      assert.equal(
        stateCell!.childNodes[0]?.text.trim(),
        words[LABEL_KEYS[state]].replace('{date}', date),
        `${row.slug} ${each}: state`,
      );
      const link = stateCell!.querySelector('a');
      const file = row.files[each];
      assert.deepEqual(
        [link?.getAttribute('href'), link?.text],
        file
          ? [`${SITE.repository}/edit/main/${file}`, words['translations.edit']]
          : [`${SITE.repository}/blob/main/CONTRIBUTING.md#translate-an-article`, words['translations.translate']],
        `${row.slug} ${each}: link`,
      );
    });
  });
}

test('every article page links the translation status page of its locale from the site footer', () => {
  const pages = plannedArticlePages();
  assert.equal(pages.length, slugs.length * LOCALES.length);
  for (const { path, locale } of pages) {
    const footer = parse(readPage(path)).querySelector('.site-footer');
    assert.ok(footer?.querySelector(`a[href="${translationsPath(locale)}"]`), path);
  }
});
