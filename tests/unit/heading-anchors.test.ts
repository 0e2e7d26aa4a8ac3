import assert from 'node:assert/strict';
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
