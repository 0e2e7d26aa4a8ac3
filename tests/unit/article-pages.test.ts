import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planArticlePages, type ArticleSource } from '../../src/lib/article-pages.ts';

const source = (id: string, translationOf?: string): ArticleSource => {
  const [locale, slug] = id.split('/') as ['en' | 'de', string];
  return { id, locale, slug, file: `content/articles/${id}.mdx`, translationOf };
};

test('an article without translation gets its own page and a fallback in the other locale', () => {
  const pages = planArticlePages([source('de/buch')]);
  assert.deepEqual(
    pages.map((page) => [page.locale, page.kind, page.entryId, page.originalLocale]),
    [
      ['en', 'fallback', 'de/buch', 'de'],
      ['de', 'original', 'de/buch', 'de'],
    ],
  );
  assert.deepEqual(pages[0]!.versions, [{ locale: 'de', kind: 'original' }]);
});

test('a translation is its own page and is listed as a version', () => {
  const pages = planArticlePages([source('en/test'), source('de/test', 'en/test')]);
  assert.deepEqual(
    pages.map((page) => [page.locale, page.kind, page.entryId]),
    [
      ['en', 'original', 'en/test'],
      ['de', 'translation', 'de/test'],
    ],
  );
  assert.deepEqual(pages[1]!.versions, [
    { locale: 'en', kind: 'original' },
    { locale: 'de', kind: 'translation' },
  ]);
});

test('inconsistent translations fail with file and field named', () => {
  assert.throws(
    () => planArticlePages([source('en/a'), source('de/a')]),
    /content\/articles\/en\/a\.mdx and content\/articles\/de\/a\.mdx: .*translationOf/,
  );
  assert.throws(
    () => planArticlePages([source('de/a', 'en/a')]),
    /de\/a\.mdx: field "translationOf" points to "en\/a", which does not exist/,
  );
  assert.throws(
    () => planArticlePages([source('en/b'), source('de/a', 'en/b')]),
    /de\/a\.mdx: field "translationOf" is "en\/b", but a translation must keep its original's slug/,
  );
  assert.throws(
    () => planArticlePages([source('en/a', 'en/a')]),
    /en\/a\.mdx: field "translationOf" points to this article itself/,
  );
  // The message names the file as it is, also a `.md` one.
  assert.throws(
    () => planArticlePages([{ ...source('de/a', 'en/a'), file: 'content/articles/de/a.md' }]),
    /\n- content\/articles\/de\/a\.md: field "translationOf" points to "en\/a", which does not exist/,
  );
});
