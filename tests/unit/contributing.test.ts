/** Pure logic behind the contributor commands: body hashes, translation states, scaffolded files. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { newArticleSource, translationSkeletonSource } from '../../scripts/lib/article-templates.ts';
import { splitFrontmatter } from '../../scripts/lib/article-sources.ts';
import { bodyHash, translationState, translationStatus } from '../../src/lib/translation-status.ts';
import { translationGuideUrl } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site-config.ts';

const ROOT = join(import.meta.dirname, '..', '..');

test('bodyHash: 12 hex digits; line endings and surrounding blank lines do not count, words do', () => {
  const hash = bodyHash('\nSome text.\n\n## Heading\n');
  assert.match(hash, /^[0-9a-f]{12}$/);
  assert.equal(bodyHash('Some text.\r\n\r\n## Heading'), hash);
  assert.notEqual(bodyHash('Some text!\n\n## Heading'), hash);
});

test('translationState', () => {
  const body = 'Original text.';
  assert.equal(translationState(undefined, body), 'missing');
  assert.equal(translationState({ kind: 'original' }, body), 'original');
  assert.equal(translationState({ kind: 'translation', originalHash: bodyHash(body) }, body), 'up-to-date');
  assert.equal(translationState({ kind: 'translation', originalHash: bodyHash('Older text.') }, body), 'outdated');
});

test('translationStatus: one row per slug with a state and file per locale; an outdated translation gets the hash to record and the day its original changed', () => {
  const rows = translationStatus([
    {
      id: 'en/a',
      file: 'content/articles/en/a.mdx',
      locale: 'en',
      slug: 'a',
      body: 'A, changed.',
      changed: '2026-03-04',
    },
    {
      id: 'de/a',
      file: 'content/articles/de/a.mdx',
      locale: 'de',
      slug: 'a',
      translationOf: 'en/a',
      originalHash: bodyHash('A.'),
      body: 'A auf Deutsch.',
      changed: '2026-01-02',
    },
    { id: 'de/b', file: 'content/articles/de/b.mdx', locale: 'de', slug: 'b', body: 'B.', changed: '2025-05-06' },
    { id: 'en/c', file: 'content/articles/en/c.mdx', locale: 'en', slug: 'c', body: 'C.', changed: '2024-07-08' },
    {
      id: 'de/c',
      file: 'content/articles/de/c.mdx',
      locale: 'de',
      slug: 'c',
      translationOf: 'en/c',
      originalHash: bodyHash('C.'),
      body: 'C.',
      changed: '2024-09-10',
    },
  ]);
  assert.deepEqual(rows, [
    {
      slug: 'a',
      states: { en: 'original', de: 'outdated' },
      files: { en: 'content/articles/en/a.mdx', de: 'content/articles/de/a.mdx' },
      currentHash: bodyHash('A, changed.'),
      originalChanged: '2026-03-04',
    },
    { slug: 'b', states: { en: 'missing', de: 'original' }, files: { de: 'content/articles/de/b.mdx' } },
    {
      slug: 'c',
      states: { en: 'original', de: 'up-to-date' },
      files: { en: 'content/articles/en/c.mdx', de: 'content/articles/de/c.mdx' },
    },
  ]);
});

test('a new article: frontmatter with today, placeholders that fit the schema, optional draft', () => {
  const source = newArticleSource({ title: "It's new", date: new Date('2026-11-27T10:00:00Z'), draft: true });
  const { frontmatter, body } = splitFrontmatter(source);
  assert.equal(frontmatter.title, "It's new");
  assert.equal(frontmatter.pubDate, '2026-11-27');
  assert.equal(frontmatter.draft, true);
  assert.deepEqual(frontmatter.tags, ['todo']);
  const description = String(frontmatter.description);
  assert.ok(description.length >= 50 && description.length <= 160, `description is ${description.length} characters`);
  assert.match(body, /^## First section$/m);
  assert.equal(splitFrontmatter(newArticleSource({ title: 'X', date: new Date() })).frontmatter.draft, undefined);
});

test('a translation skeleton links its original and carries its heading ids over', () => {
  const source = translationSkeletonSource({
    id: 'en/a',
    frontmatter: { title: 'A', description: 'D', pubDate: '2024-05-31', tags: ['aws', 'serverless'] },
    hash: 'abcdef012345',
    headings: [
      { depth: 2, text: 'One', id: 'one' },
      { depth: 3, text: 'Two', id: 'custom' },
    ],
  });
  const { frontmatter, body } = splitFrontmatter(source);
  assert.deepEqual(frontmatter, {
    title: 'A',
    description: 'D',
    pubDate: '2024-05-31',
    tags: ['aws', 'serverless'],
    translationOf: 'en/a',
    originalHash: 'abcdef012345',
  });
  assert.match(body, /^## One \{#one\}\n\n### Two \{#custom\}\n$/m);
  // A hash of digits only (or like 123e45678901) stays text: unquoted, YAML would read a number.
  for (const hash of ['012345678901', '123e45678901']) {
    const skeleton = translationSkeletonSource({ id: 'en/a', frontmatter: { tags: [] }, hash, headings: [] });
    assert.equal(splitFrontmatter(skeleton).frontmatter.originalHash, hash);
  }
});

test('splitFrontmatter: YAML before the body, or none', () => {
  assert.deepEqual(splitFrontmatter('---\na: 1\n---\nBody'), { frontmatter: { a: 1 }, body: 'Body' });
  assert.deepEqual(splitFrontmatter('No frontmatter'), { frontmatter: {}, body: 'No frontmatter' });
});

test('npm run i18n:status lists all nine articles with their states', () => {
  const output = execFileSync(process.execPath, [join(ROOT, 'scripts', 'i18n-status.ts'), '--root', ROOT, '--check'], {
    encoding: 'utf8',
  });
  const rows = output.split('\n').filter((line) => /^[a-z0-9-]+ {2,}/.test(line) && !line.startsWith('article '));
  assert.equal(rows.length, 9, output);
  assert.match(output, /^the-serverless-test +original +up to date$/m);
  assert.match(output, /^lesegruppen-buchclubs-organisationales-lernen-unternehmen +up to date +original$/m);
  assert.equal(rows.filter((line) => / original +missing$/.test(line)).length, 7, output);
  assert.match(output, /9 articles: 2 translations up to date, 0 outdated, 7 missing/);
});

test('CONTRIBUTING.md has the section that "Translate this article" links to', () => {
  const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  assert.match(translationGuideUrl(SITE.repository), /CONTRIBUTING\.md#translate-an-article$/);
  assert.match(guide, /^## Translate an article$/m);
  assert.match(guide, /npm run new -- --translate my-topic --to de/);
});
