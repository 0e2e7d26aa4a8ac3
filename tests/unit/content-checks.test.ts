import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkArticles } from '../../src/lib/article-checks.ts';
import { retiredSchema, serviceSchema } from '../../src/lib/content-schemas.ts';
import { parseDataRows } from '../../src/lib/data-rows.ts';
import { checkData } from '../../src/lib/schema-errors.ts';

const DESCRIPTION = 'A valid article that every bad-content fixture builds next to its bad file.';

/** The messages for one article `en/x.mdx` with these frontmatter lines. */
const articleErrors = (...lines: string[]) =>
  checkArticles(['en/x.mdx'], () => `---\n${lines.join('\n')}\n---\nBody.\n`).errors;
const valid = ['title: X', `description: '${DESCRIPTION}'`, 'pubDate: 2024-05-31', 'tags: [x]'];

test('a valid article passes; every problem is named with file and field, all at once', () => {
  assert.deepEqual(articleErrors(...valid), []);
  assert.deepEqual(articleErrors('title: ""', 'tags: [X]'), [
    'content/articles/en/x.mdx: field "title": title must not be empty',
    `content/articles/en/x.mdx: field "description": description is required, e.g. description: 'One plain sentence, 50–160 characters'`,
    'content/articles/en/x.mdx: field "pubDate": pubDate is required, e.g. pubDate: 2024-05-31',
    'content/articles/en/x.mdx: field "tags.0": each tag must be lowercase kebab-case, e.g. "my-topic"',
  ]);
});

test('broken frontmatter YAML is named with file, line and column', () => {
  assert.deepEqual(articleErrors('title: [x', 'tags: [x]'), [
    'content/articles/en/x.mdx:3:1: the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]);
});

test('a date is a real day: not empty, not true, not 2024-02-30', () => {
  for (const pubDate of ['pubDate:', 'pubDate: true', "pubDate: '2024-02-30'", "pubDate: '2024-13-01'"]) {
    assert.deepEqual(articleErrors(...valid.slice(0, 2), pubDate, valid[3]!), [
      'content/articles/en/x.mdx: field "pubDate": pubDate must be a date like 2024-05-31',
    ]);
  }
  assert.deepEqual(articleErrors(...valid.slice(0, 2), "pubDate: '2024-02-29'", valid[3]!), []);
});

test('texts must not contain control characters (they would break the feeds’ XML)', () => {
  assert.deepEqual(articleErrors('title: "Bell\\u0007"', ...valid.slice(1)), [
    'content/articles/en/x.mdx: field "title": title contains the invisible control character U+0007; remove it',
  ]);
  assert.deepEqual(articleErrors('title: "Tab\\tand\\nline break"', ...valid.slice(1)), []);
});

test('an unquoted hash of digits only is a YAML number: the message says to quote it', () => {
  assert.deepEqual(articleErrors(...valid, 'translationOf: de/x', 'originalHash: 012345678901'), [
    `content/articles/en/x.mdx: field "originalHash": originalHash must be text: write it in quotes, e.g. originalHash: '0123456789ab'`,
  ]);
});

const ROW = '- id: a\n  name: A\n  provider: aws\n  category: streaming\n  verdict: yes\n  reason: { en: E, de: D }\n';

test('table data: a byte order mark is no content, and a self-referencing value is named, not a crash', () => {
  assert.deepEqual(parseDataRows(`\uFEFF${ROW}`, 'f.yaml', serviceSchema).errors, []);
  assert.deepEqual(parseDataRows(ROW.replace('verdict: yes', 'verdict: &v [*v]'), 'f.yaml', serviceSchema).errors, [
    'f.yaml: row 1 (id "a"): field "verdict": verdict must be one of yes, depends, no, got a value that contains itself (a YAML alias inside its own anchor)',
  ]);
});

/** The messages for a set of article files, each `path: frontmatter lines`. */
const siteErrors = (files: Record<string, string[]>) =>
  checkArticles(Object.keys(files), (path) => `---\n${files[path]!.join('\n')}\n---\nBody.\n`).errors;

test('a former slug leads to one article: not a live slug, not a page of the site, not claimed twice', () => {
  assert.deepEqual(siteErrors({ 'en/new.mdx': [...valid, 'formerSlugs: [old]'], 'de/other.mdx': valid }), []);
  assert.deepEqual(
    siteErrors({
      'en/new.mdx': [...valid, 'formerSlugs: [other, search, old]'],
      'en/newer.mdx': [...valid, 'formerSlugs: [old]'],
      'de/other.mdx': valid,
    }),
    [
      'content/articles/en/new.mdx: field "formerSlugs": "other" is the slug of content/articles/de/other.mdx, which is live; an address cannot be both',
      'content/articles/en/new.mdx: field "formerSlugs": "search" is the address of a page of the site (archive, contact, search, tags, translations)',
      'content/articles/en/newer.mdx: field "formerSlugs": "old" is already a former slug of content/articles/en/new.mdx; an old address leads to one article only',
    ],
  );
});

test('former slugs and heading ids belong to the original; their shapes are checked', () => {
  assert.deepEqual(
    articleErrors(
      ...valid,
      'translationOf: de/x',
      "originalHash: '0123456789ab'",
      'formerSlugs: [old]',
      'formerHeadingIds: { A: a }',
    ),
    [
      'content/articles/en/x.mdx: field "formerSlugs": formerSlugs belongs to the original article (set translationOf here): its translations share it',
      'content/articles/en/x.mdx: field "formerHeadingIds": formerHeadingIds belongs to the original article (set translationOf here): its translations share it',
    ],
  );
  assert.deepEqual(articleErrors(...valid, 'formerSlugs: [Old Topic]', 'formerHeadingIds: { old id: a }'), [
    'content/articles/en/x.mdx: field "formerSlugs.0": each former slug must be lowercase kebab-case, e.g. "my-topic"',
    'content/articles/en/x.mdx: field "formerHeadingIds.old id": each former heading id must be one word without spaces, as in a link\'s #fragment',
  ]);
  assert.deepEqual(articleErrors(...valid, 'formerHeadingIds: { “Blast-radius”-reduction: blast-radius }'), []);
});

test("a row's former ids land on it only: not another row's id or former id", () => {
  const row = (id: string, formerIds: string) =>
    ROW.replace('id: a', `id: ${id}`).replace('  name:', `  formerIds: ${formerIds}\n  name:`);
  assert.deepEqual(parseDataRows(row('a', '[old-a]') + row('b', '[old-b]'), 'f.yaml', serviceSchema).errors, []);
  assert.deepEqual(parseDataRows(row('a', '[b, old]') + row('b', '[old]'), 'f.yaml', serviceSchema).errors, [
    'f.yaml: row 1 (id "a"): field "formerIds": "b" is already taken by row 2 (id "b"); a #fragment lands on one row only',
    'f.yaml: row 2 (id "b"): field "formerIds": "old" is already taken by row 1 (id "a", as a former id); a #fragment lands on one row only',
  ]);
});

test('content/retired.yaml: each retired page, twin or section link with where its readers go', () => {
  assert.ok(
    retiredSchema.safeParse({ '/en/old/': '/en/', '/en/old.md': '/en/new.md', '/en/x/#gone': '/en/x/' }).success,
  );
  const messages = (data: unknown) => checkData(retiredSchema, data, 'content/retired.yaml');
  assert.deepEqual(messages({ '/en/feed.rss': '/en/', '/en/old/': 'en/' }), {
    ok: false,
    errors: [
      'content/retired.yaml: field "/en/feed.rss": each retired address must be a page, Markdown twin or section link: /en/old-topic/, /en/old-topic.md, /en/topic/#section',
      'content/retired.yaml: field "/en/old/": where readers go must be a site path like /en/ or /en/topic/#section',
    ],
  });
});
