import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkArticles } from '../../src/lib/article-checks.ts';
import { serviceSchema } from '../../src/lib/content-schemas.ts';
import { parseDataRows } from '../../src/lib/data-rows.ts';

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
    'content/articles/en/x.mdx:3:1: the frontmatter is not valid YAML: missed comma between flow collection entries',
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
