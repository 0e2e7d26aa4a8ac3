/** What the built article pages offer contributors: edit links, translate links, translation freshness. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';
import { SITE } from '../../src/site-config.ts';
import { readPage } from '../support/dist.ts';
import { plannedArticlePages } from '../support/site-plan.ts';

const articlePages = plannedArticlePages();

test('there are article pages to check in every locale', () => {
  for (const locale of LOCALES)
    assert.ok(
      articlePages.some((page) => page.locale === locale),
      locale,
    );
});

for (const { path, kind, shown } of articlePages) {
  test(`${path}: "Edit this page" opens the source it shows; "Translate" only where no translation exists`, () => {
    const links = parse(readPage(path)).querySelectorAll('.contribute a');
    // A fallback page shows, and so edits, its original.
    assert.equal(links[0]?.getAttribute('href'), `${SITE.repository}/edit/main/${shown.file}`);
    const translate = links.filter((link) =>
      link.getAttribute('href')?.endsWith('CONTRIBUTING.md#translate-an-article'),
    );
    assert.equal(translate.length, kind === 'fallback' ? 1 : 0);
  });
}

test('no real translation is outdated (their originalHash matches the original)', () => {
  const notices = articlePages.flatMap(({ path }) =>
    parse(readPage(path))
      .querySelectorAll('[role=note]')
      .filter((note) => /updated after this translation|nach dieser Übersetzung geändert/.test(note.text))
      .map(() => path),
  );
  assert.deepEqual(notices, []);
});
