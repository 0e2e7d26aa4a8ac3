/**
 * The public translation status page: every published article × locale, with the state that
 * `npm run i18n:status` computes from the article files, and a link to edit or translate it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { readArticleSources, statusSources } from '../../scripts/lib/article-sources.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { LOCALES, languageName } from '../../src/i18n/locales.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { bodyHash, translationStatus, type TranslationState } from '../../src/lib/translation-status.ts';
import { articlePath, translationsPath } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site-config.ts';
import { readPage } from '../support/dist.ts';
import { ROOT } from '../support/site-copy.ts';
import { plannedArticlePages } from '../support/site-plan.ts';

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
  test(`${translationsPath(locale)}: every article × locale with its state and its edit or translate link`, () => {
    const words = dictionaries[locale];
    const page = parse(readPage(translationsPath(locale)));
    const region = page.querySelector('[role="region"][tabindex="0"]');
    const table = region?.querySelector('table');
    assert.ok(table, 'the table scrolls inside a focusable region');
    const caption = table.querySelector('caption');
    assert.equal(caption?.text, words['translations.caption']);
    assert.equal(region!.getAttribute('aria-labelledby'), caption!.id, 'the region is named by the caption');
    assert.deepEqual(
      table.querySelectorAll('thead th[scope="col"]').map((th) => th.text),
      [words['translations.article'], ...LOCALES.map((each) => languageName(each, locale))],
    );
    const rows = table.querySelectorAll('tbody tr');
    assert.equal(rows.length, expected.length);
    const seen = new Set<TranslationState>();
    expected.forEach((row, index) => {
      const cells = rows[index]!;
      assert.equal(
        cells.querySelector('th[scope="row"] a')?.getAttribute('href'),
        articlePath(locale, row.slug),
        row.slug,
      );
      const tds = cells.querySelectorAll('td');
      assert.equal(tds.length, LOCALES.length, `${row.slug}: a cell per locale`);
      LOCALES.forEach((each, column) => {
        const state = row.states[each];
        seen.add(state);
        const date = row.originalChanged ? formatDate(new Date(row.originalChanged), locale) : '';
        const label = words[LABEL_KEYS[state]].replace('{date}', date);
        const file = row.files[each];
        const link = tds[column]!.querySelector('a');
        assert.equal(tds[column]!.childNodes[0]?.text.trim(), label, `${row.slug} ${each}: state`);
        assert.deepEqual(
          [link?.getAttribute('href'), link?.text],
          file
            ? [`${SITE.repository}/edit/main/${file}`, words['translations.edit']]
            : [`${SITE.repository}/blob/main/CONTRIBUTING.md#translate-an-article`, words['translations.translate']],
          `${row.slug} ${each}: link`,
        );
      });
    });
    // The real content has originals, up-to-date translations and missing ones (the contributor
    // workflow test builds an outdated one).
    assert.deepEqual([...seen].sort(), ['missing', 'original', 'up-to-date']);
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
