/**
 * The content linter (`npm run lint:content`): one fixture per rule in tests/fixtures/lint-content,
 * each checked for the exact file, line, column and rule; the CLI on the clean fixture and on the
 * real content; heading ids compared with what the site's Markdown pipeline renders.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { defineHastPlugin, mdxToJs } from 'satteri';
import { readArticleSources, splitFrontmatter } from '../../scripts/lib/article-sources.ts';
import { newArticleSource } from '../../scripts/lib/article-templates.ts';
import {
  compareDiagnostics,
  formatDiagnostic,
  headingsOf,
  lintArticles,
  type Diagnostic,
  type LintArticle,
} from '../../scripts/lib/content-lint.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'lint-content');
const NO_FACTS = { tableRowIds: [], publicFiles: [] };

/** Runs the CLI as `npm run lint:content -- --root <root>` does; returns its exit code and output lines. */
async function runLinter(root: string): Promise<{ code: number; lines: string[] }> {
  const args = [join(ROOT, 'scripts', 'lint-content.ts'), '--root', root];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT });
    return { code: 0, lines: stdout.trimEnd().split('\n') };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, lines: stdout.trimEnd().split('\n') };
  }
}

const lintFixture = (name: string) =>
  lintArticles(readArticleSources(join(FIXTURES, name)).articles, NO_FACTS).sort(compareDiagnostics);

/** An article in memory: `article('en/x', '## Body')`; its body starts on line 4 (after a 3-line frontmatter). */
function article(id: string, body: string, frontmatter: Record<string, unknown> = {}, extension = 'mdx'): LintArticle {
  const [locale, slug] = id.split('/') as [Locale, string];
  return {
    id,
    locale,
    slug,
    file: `content/articles/${id}.${extension}`,
    source: `---\ntitle: X\n---\n${body}`,
    frontmatter,
  };
}

type Expected = Omit<Diagnostic, 'message'> & { message: RegExp };

/** Exact place and rule of each diagnostic, in order; the message must match (it names the target). */
function assertDiagnostics(actual: Diagnostic[], expected: Expected[]) {
  assert.equal(actual.length, expected.length, `got:\n${actual.map(formatDiagnostic).join('\n')}`);
  expected.forEach(({ message: pattern, ...where }, index) => {
    const { message, ...place } = actual[index]!;
    assert.deepEqual(place, where);
    assert.match(message, pattern);
  });
}

test('the real content lints clean', async () => {
  const { code, lines } = await runLinter(ROOT);
  // Every article file, counted apart from the linter's own listing (files starting with _ are notes).
  const count = globSync('content/articles/*/[!_]*.{md,mdx}', { cwd: ROOT }).length;
  assert.ok(count > 0, 'there are articles to lint');
  assert.deepEqual(lines, [`lint:content: ${count} files, 0 problems`]);
  assert.equal(code, 0);
});

test('clean fixture: every kind of valid internal link passes (fallback pages, table rows, tags, en-dash slugs)', async () => {
  const { code, lines } = await runLinter(join(FIXTURES, 'clean'));
  assert.deepEqual(lines, ['lint:content: 3 files, 0 problems']);
  assert.equal(code, 0);
});

test('broken-link: pages that exist nowhere, from a Markdown link, a JSX <a> and a reference definition (CLI)', async () => {
  const { code, lines } = await runLinter(join(FIXTURES, 'broken-page'));
  const file = 'content/articles/en/first-article.mdx';
  assert.deepEqual(lines, [
    `${file}:8:10: link to /en/second-article/: page /en/second-article/ does not exist [broken-link]`,
    `${file}:10:34: link to https://ruempler.eu/de/archiv/: page /de/archiv/ does not exist [broken-link]`,
    `${file}:12:1: link to /en/archive/: page /en/archive/ does not exist [broken-link]`,
    'lint:content: 1 files, 3 problems',
  ]);
  assert.equal(code, 1);
});

test('broken-link: anchors that are no heading id of the linked page', () => {
  const file = 'content/articles/en/anchors.mdx';
  assertDiagnostics(lintFixture('broken-anchor'), [
    {
      file,
      line: 14,
      column: 5,
      rule: 'broken-link',
      message: /#configuration.*no anchor #configuration on \/en\/anchors\//,
    },
    { file, line: 16, column: 14, rule: 'broken-link', message: /\/en\/anchors\/#install.*no anchor #install/ },
  ]);
});

test('broken-link: a page path without its trailing slash, with the fixed path as a hint', () => {
  assertDiagnostics(lintFixture('trailing-slash'), [
    {
      file: 'content/articles/en/start.mdx',
      line: 8,
      column: 15,
      rule: 'broken-link',
      message: /^link to \/en\/target#intro: missing trailing slash.*use \/en\/target\/#intro/,
    },
  ]);
});

test('broken-link: drafts are not published; an article slug under the wrong path gets a hint', () => {
  const diagnostics = lintArticles(
    [
      article('en/a', '[draft](/en/b/) [draft in German](/de/b/) [no locale](/a/)\n'),
      article('en/b', '[back](/en/a/)\n', { draft: true }),
    ],
    NO_FACTS,
  );
  assertDiagnostics(diagnostics, [
    { file: 'content/articles/en/a.mdx', line: 4, column: 1, rule: 'broken-link', message: /\/en\/b\/ is a draft/ },
    { file: 'content/articles/en/a.mdx', line: 4, column: 17, rule: 'broken-link', message: /\/de\/b\/ is a draft/ },
    {
      file: 'content/articles/en/a.mdx',
      line: 4,
      column: 43,
      rule: 'broken-link',
      message: /page \/a\/ does not exist \(did you mean \/en\/a\/\?\)/,
    },
  ]);
});

test('heading-increment: a skipped level and an h1 in the body', () => {
  const file = 'content/articles/en/headings.mdx';
  assertDiagnostics(lintFixture('heading-increment'), [
    { file, line: 12, column: 1, rule: 'heading-increment', message: /h4 "Details" follows h2.*use ### \(h3\)/ },
    { file, line: 18, column: 1, rule: 'heading-increment', message: /h1 "Another title" in the body/ },
  ]);
  // The first heading may be h2 only: the page title is the h1.
  assertDiagnostics(lintArticles([article('en/x', '\n### Too deep\n')], NO_FACTS), [
    {
      file: 'content/articles/en/x.mdx',
      line: 5,
      column: 1,
      rule: 'heading-increment',
      message: /h3 "Too deep" follows the title/,
    },
  ]);
});

test('image-alt: Markdown image with empty alt, JSX <img> without alt; alt="" is a decorative image', () => {
  const file = 'content/articles/en/images.mdx';
  assertDiagnostics(lintFixture('image-alt'), [
    { file, line: 8, column: 1, rule: 'image-alt', message: /image diagram\.png has no alt text/ },
    { file, line: 12, column: 1, rule: 'image-alt', message: /<img src="photo\.jpg"> has no alt attribute/ },
  ]);
});

test('translation-heading-ids: a renamed id at the heading, a missing heading at the end of the file', () => {
  assertDiagnostics(lintFixture('translation-ids'), [
    {
      file: 'content/articles/de/short.mdx',
      line: 14,
      column: 33,
      rule: 'translation-heading-ids',
      message: /missing heading #three of en\/short/,
    },
    {
      file: 'content/articles/de/topic.mdx',
      line: 14,
      column: 1,
      rule: 'translation-heading-ids',
      message: /heading #verwendung should have the id #usage of heading 2 in en\/topic/,
    },
  ]);
});

test('parse: invalid MDX is reported at its place in the file', () => {
  assertDiagnostics(lintArticles([article('en/x', '\nText {not valid(} here.\n')], NO_FACTS), [
    { file: 'content/articles/en/x.mdx', line: 5, column: 10, rule: 'parse', message: /Could not parse expression/ },
  ]);
});

test('.md files: raw HTML links and images are checked too', () => {
  const source = '\nA <a href="/en/nope/">link</a>.\n\n<img src="y.png">\n';
  const diagnostics = lintArticles([article('en/x', source, {}, 'md')], NO_FACTS).sort(compareDiagnostics);
  assertDiagnostics(diagnostics, [
    { file: 'content/articles/en/x.md', line: 5, column: 3, rule: 'broken-link', message: /\/en\/nope\// },
    { file: 'content/articles/en/x.md', line: 7, column: 1, rule: 'image-alt', message: /<img src="y\.png">/ },
  ]);
});

test('heading ids are the ones the site renders (explicit ids, repeats, dashes, inline code, levels)', async () => {
  const body = [
    '## Same',
    '#### Same',
    '## Same {#kept}',
    '## Same',
    '### A -- b `code` <span>inline</span> *em* [link](/x) ![alt](y.png)',
    '#### Tschüß & Co. — “Ä”...',
    '## Über uns {#über-uns .wide}',
    'Setext heading',
    '---',
  ].join('\n\n');
  // The site's pipeline: the heading-anchors plugin, then Astro's own heading-id pass.
  const rendered: string[] = [];
  const recorder = defineHastPlugin({
    name: 'record-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit: (node) => void rendered.push(String(node.properties?.id)),
    },
  });
  await mdxToJs(body, {
    hastPlugins: [headingAnchors, satteriHeadingIdsPlugin(), recorder],
    features: { headingAttributes: true, smartPunctuation: { quotes: false } },
    fileURL: new URL('file:///site/content/articles/en/x.mdx'),
  });
  const headings = headingsOf(`---\ntitle: X\n---\n\n${body}\n`);
  assert.deepEqual(
    headings.map(({ id }) => id),
    rendered,
  );
  assert.deepEqual(headings.slice(4, 7), [
    {
      depth: 3,
      text: 'A -- b `code` <span>inline</span> *em* [link](/x) ![alt](y.png)',
      id: 'a--b-code-inline-em-link',
    },
    { depth: 4, text: 'Tschüß & Co. — “Ä”...', id: 'tschüß--co--ä' },
    { depth: 2, text: 'Über uns', id: 'über-uns' },
  ]);
});

test('placeholder: what `npm run new` leaves to replace is reported in a published article, not in a draft', () => {
  const source = newArticleSource({ title: 'New', date: new Date('2026-11-27') });
  const scaffolded = (id: string, draft: boolean): LintArticle => {
    const [locale, slug] = id.split('/') as [Locale, string];
    const text = draft ? source.replace('---\n\n', 'draft: true\n---\n\n') : source;
    return { id, locale, slug, file: `content/articles/${id}.mdx`, source: text, ...splitFrontmatter(text) };
  };
  const diagnostics = lintArticles([scaffolded('en/new', false), scaffolded('en/later', true)], NO_FACTS);
  assertDiagnostics(diagnostics.sort(compareDiagnostics), [
    {
      file: 'content/articles/en/new.mdx',
      line: 3,
      column: 15,
      rule: 'placeholder',
      message: /Replace this placeholder/,
    },
    { file: 'content/articles/en/new.mdx', line: 5, column: 8, rule: 'placeholder', message: /tag "todo"/ },
    {
      file: 'content/articles/en/new.mdx',
      line: 8,
      column: 1,
      rule: 'placeholder',
      message: /Start with what readers/,
    },
    {
      file: 'content/articles/en/new.mdx',
      line: 12,
      column: 1,
      rule: 'placeholder',
      message: /Text of the first section/,
    },
  ]);
});
