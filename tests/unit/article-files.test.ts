import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkArticleFiles, parseArticlePath } from '../../src/lib/article-files.ts';

test('parses <locale>/<slug>.mdx', () => {
  assert.deepEqual(parseArticlePath('en/my-topic.mdx'), {
    path: 'en/my-topic.mdx',
    file: 'content/articles/en/my-topic.mdx',
    locale: 'en',
    slug: 'my-topic',
    id: 'en/my-topic',
  });
  assert.deepEqual(parseArticlePath('de/x1.md'), {
    path: 'de/x1.md',
    file: 'content/articles/de/x1.md',
    locale: 'de',
    slug: 'x1',
    id: 'de/x1',
  });
});

test('rejects unknown locales, bad slugs, nesting and other files', () => {
  assert.match((parseArticlePath('fr/x.mdx') as { error: string }).error, /unknown locale folder "fr"/);
  assert.match((parseArticlePath('en/My_Topic.mdx') as { error: string }).error, /slug "My_Topic".*kebab-case/);
  assert.match((parseArticlePath('en/a/b.mdx') as { error: string }).error, /no subfolders/);
  assert.match((parseArticlePath('x.mdx') as { error: string }).error, /one folder per locale/);
  assert.match((parseArticlePath('en/x.txt') as { error: string }).error, /\.mdx or \.md/);
  assert.match(
    (parseArticlePath('de/search.mdx') as { error: string }).error,
    /slug "search" is taken by a page of the site/,
  );
});

test('finds duplicate slugs within a locale, not across locales', () => {
  const { files, errors } = checkArticleFiles(['en/a.mdx', 'en/a.md', 'de/a.mdx']);
  assert.equal(files.length, 2);
  assert.deepEqual(errors, [
    'content/articles/en/a.mdx: duplicate slug "a" in locale "en", already used by content/articles/en/a.md',
  ]);
});

test('skips files and folders starting with _ or .', () => {
  assert.deepEqual(checkArticleFiles(['en/_draft-notes.mdx', '_templates/x.mdx']), { files: [], errors: [] });
});
