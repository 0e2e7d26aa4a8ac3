/**
 * The validators tests/dist/formats.test.ts runs on the build catch real defects: each is fed what
 * the site once built (or a small broken file) and must complain, and passes the form built now.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownTwin } from '../../src/lib/markdown-twin.ts';
import { blogPostingJsonLd, jsonForScript } from '../../src/lib/structured-data.ts';
import { markdownProblems, structuredDataProblems, urlsetProblems } from '../support/format-validators.ts';

const article = blogPostingJsonLd({
  url: 'https://ruempler.eu/en/a/',
  headline: 'A',
  description: 'About a.',
  image: 'https://ruempler.eu/og-image.png',
  datePublished: new Date('2024-01-02'),
  inLanguage: 'en',
  keywords: ['aws'],
});

/** An article page's head: Open Graph, the Twitter card (with or without the image's alt) and the JSON-LD. */
function page(jsonLd: Record<string, unknown>, { twitterImageAlt = true } = {}): string {
  const meta = Object.entries({
    'og:title': 'A',
    'og:type': 'article',
    'og:url': 'https://ruempler.eu/en/a/',
    'og:image': 'https://ruempler.eu/og-image.png',
    'og:image:alt': 'The site',
    'twitter:card': 'summary_large_image',
    'twitter:title': 'A',
    'twitter:description': 'About a.',
    'twitter:image': 'https://ruempler.eu/og-image.png',
    ...(twitterImageAlt && { 'twitter:image:alt': 'The site' }),
  }).map(([name, content]) => `<meta ${name.startsWith('og:') ? 'property' : 'name'}="${name}" content="${content}">`);
  return `<!doctype html><html lang="en"><head><title>A</title>${meta.join('')}<script type="application/ld+json">${jsonForScript(jsonLd)}</script></head><body></body></html>`;
}

test('structured data: a BlogPosting without image and a card without twitter:image:alt fail; the page as built now passes', async () => {
  assert.deepEqual(await structuredDataProblems(page(article)), []);
  const { image, ...withoutImage } = article;
  assert.ok(image);
  assert.deepEqual(await structuredDataProblems(page(withoutImage, { twitterImageAlt: false })), [
    'BlogPosting[0].image (image)',
    '"twitter:image:alt" (must have image alt text)',
  ]);
});

const twin = (meta: string) =>
  markdownTwin({
    title: 'A',
    meta,
    body: '## Why it matters {#why}\n\nText.',
    origin: 'https://ruempler.eu',
    components: {},
  });

test('markdownlint: the twin’s old bare canonical URL fails (MD034), the autolink and heading anchors pass', async () => {
  assert.deepEqual(await markdownProblems({ 'a.md': twin('Published 2024-01-02 · <https://ruempler.eu/en/a/>') }), []);
  const problems = await markdownProblems({ 'a.md': twin('Published 2024-01-02 · https://ruempler.eu/en/a/') });
  assert.match(problems.join('\n'), /^a\.md:3 MD034\/no-bare-urls /m);
  // Raw HTML other than the heading anchors is reported.
  assert.match((await markdownProblems({ 'b.md': '# B\n\nText <span>x</span>.\n' })).join('\n'), /MD033/);
});

const urlset = (url: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
  `xmlns:xhtml="http://www.w3.org/1999/xhtml">${url}</urlset>`;

test('sitemap XSD: a <url> without <loc>, a bad <lastmod> or an xhtml:link without hreflang fail; the built form passes', async () => {
  const link = (attributes: string) => `<xhtml:link rel="alternate" ${attributes}/>`;
  const good = `<url><loc>https://ruempler.eu/en/</loc>${link('hreflang="en" href="https://ruempler.eu/en/"')}${link('hreflang="x-default" href="https://ruempler.eu/en/"')}</url>`;
  assert.deepEqual(await urlsetProblems('good.xml', urlset(good)), []);
  for (const bad of [
    `<url>${link('hreflang="en" href="https://ruempler.eu/en/"')}</url>`,
    '<url><loc>https://ruempler.eu/en/</loc><lastmod>yesterday</lastmod></url>',
    `<url><loc>https://ruempler.eu/en/</loc>${link('href="https://ruempler.eu/en/"')}</url>`,
  ]) {
    const problems = await urlsetProblems('bad.xml', urlset(bad));
    assert.match(problems.join('\n'), /Schemas validity error/, bad);
  }
});
