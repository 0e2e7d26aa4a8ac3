import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

test("the slugs of the site's own pages under /<locale>/ are refused, naming the file and the slug", () => {
  const root = join(import.meta.dirname, '..', '..');
  // src/pages/[locale]/<name>.astro and <name>/: the pages an article of that slug would collide with.
  const sitePages = readdirSync(join(root, 'src', 'pages', '[locale]'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() || entry.name.endsWith('.astro'))
    .map((entry) => entry.name.replace(/\.astro$/, ''))
    .filter((name) => name !== 'index' && !name.startsWith('['))
    .sort();
  const documented = /lowercase kebab-case, not ([^.]+)\./.exec(
    readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8'),
  )?.[1];
  assert.deepEqual([...(documented ?? '').matchAll(/`([a-z-]+)`/g)].map((match) => match[1]).sort(), sitePages);
  assert.ok(sitePages.length > 0, 'the site has pages under /<locale>/');
  for (const slug of sitePages) {
    const paths = [`de/${slug}.md`, `en/${slug}.mdx`];
    const { files, errors } = checkArticleFiles(paths);
    assert.deepEqual(files, [], `${slug} is not an article`);
    assert.equal(errors.length, paths.length, errors.join('\n'));
    paths.forEach((path, index) => {
      const expected = `content/articles/${path}: slug "${slug}" is taken by a page of the site`;
      assert.ok(errors[index]!.startsWith(expected), errors[index]);
    });
  }
});
