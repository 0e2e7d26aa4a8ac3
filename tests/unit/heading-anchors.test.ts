import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';
import { tableOfContents } from '../../src/lib/heading-ids.ts';

const render = (markdown: string, file: string) =>
  markdownToHtml(markdown, {
    hastPlugins: [headingAnchors],
    features: { headingAttributes: true },
    fileURL: new URL(`file://${file}`),
  }).html;

test('h2 and h3 get a self-link named in the article language; explicit ids are kept', () => {
  const html = render('## Übersicht {#overview}\n\n### Details\n\n#### Not linked', '/site/content/articles/de/x.mdx');
  assert.match(
    html,
    /<h2 id="overview">Übersicht<a class="heading-anchor" href="#overview" aria-label="Link zum Abschnitt: Übersicht" data-pagefind-ignore(="")?><\/a><\/h2>/,
  );
  assert.match(
    html,
    /<h3 id="details">Details<a class="heading-anchor" href="#details" aria-label="Link zum Abschnitt: Details"/,
  );
  assert.doesNotMatch(html, /<h4[^>]*>Not linked<a/);
});

test('headings without an id get unique slugs, labels in English for English files', () => {
  const html = render('## Same\n\n## Same', '/site/content/articles/en/x.mdx');
  assert.match(html, /<h2 id="same">Same<a class="heading-anchor" href="#same" aria-label="Link to section: Same"/);
  assert.match(html, /<h2 id="same-1">Same<a class="heading-anchor" href="#same-1"/);
});

test('tableOfContents: h2 and h3 without the footnotes heading, and only from three sections on', () => {
  const heading = (depth: number, slug: string) => ({ depth, slug });
  const page = [heading(2, 'a'), heading(4, 'deep'), heading(3, 'b'), heading(2, 'footnote-label')];
  assert.deepEqual(tableOfContents(page), []);
  assert.deepEqual(
    tableOfContents([...page, heading(2, 'c')]).map(({ slug }) => slug),
    ['a', 'b', 'c'],
  );
});

const renderWith = (markdown: string, file: string, frontmatter: Record<string, unknown>) =>
  markdownToHtml(markdown, {
    hastPlugins: [headingAnchors],
    features: { headingAttributes: true },
    fileURL: new URL(`file://${file}`),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  }).html;

test('a heading with former ids starts with an empty element per old id, so old links land on it', () => {
  const html = renderWith('## Security {#security}\n\n#### Deep {#deep}', '/site/content/articles/en/x.mdx', {
    formerHeadingIds: { Security: 'security', Sec: 'security', Deep: 'deep' },
  });
  assert.match(
    html,
    /<h2 id="security"><span id="Security" class="former-id"><\/span><span id="Sec" class="former-id"><\/span>Security<a class="heading-anchor"/,
  );
  // Deeper headings get their old ids too, without a self-link.
  assert.match(html, /<h4 id="deep"><span id="Deep" class="former-id"><\/span>Deep<\/h4>/);
});

test('a translation gets the former ids of its original (it keeps the heading ids)', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-former-'));
  mkdirSync(join(root, 'content/articles/en'), { recursive: true });
  writeFileSync(
    join(root, 'content/articles/en/x.mdx'),
    '---\ntitle: X\nformerHeadingIds:\n  Old: overview\n---\n\n## Overview {#overview}\n',
  );
  const html = renderWith('## Überblick {#overview}', join(root, 'content/articles/de/x.mdx'), {
    translationOf: 'en/x',
  });
  assert.match(html, /<h2 id="overview"><span id="Old" class="former-id"><\/span>Überblick/);
  // A translation's own field is refused by the schema; the plugin reads only the original's.
  assert.throws(
    () => renderWith('## Nothing {#nothing}', join(root, 'content/articles/de/x.mdx'), { translationOf: 'en/x' }),
    {
      message:
        /content\/articles\/en\/x\.mdx: field "formerHeadingIds": "Old" leads to "overview", which is no heading id \(in content\/articles\/de\/x\.mdx, which shares its heading ids\)/,
    },
  );
});

test('a former id that is a live heading id, or leads to no heading, fails naming the file, the field and both ids', () => {
  const file = '/site/content/articles/en/x.mdx';
  assert.throws(() => renderWith('## A {#a}\n\n## B {#b}', file, { formerHeadingIds: { b: 'a' } }), {
    message:
      /content\/articles\/en\/x\.mdx: field "formerHeadingIds": "b" is the id of a live heading too; an id can lead to one place only/,
  });
  assert.throws(() => renderWith('## A {#a}', file, { formerHeadingIds: { old: 'gone' } }), {
    message:
      /content\/articles\/en\/x\.mdx: field "formerHeadingIds": "old" leads to "gone", which is no heading id; headings here: a/,
  });
});
