/** What the build notes of each page as it renders: its own CSP, whether the sitemap lists it, its feed entry. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RenderedPages } from '../../src/integrations/built-site-files.ts';
import { builtArticle } from '../../src/integrations/feeds.ts';
import { isIndexable, languageVersions } from '../../src/integrations/indexable.ts';
import { hashSource, pagePolicy } from '../../src/lib/csp.ts';

const ORIGIN = 'https://ruempler.eu';
const page = (options: { path: string; canonical: string; style: string; jsonLd?: object; noindex?: boolean }) =>
  '<!doctype html><html><head>' +
  `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-every-page'">` +
  `<link rel="canonical" href="${ORIGIN}${options.canonical}">` +
  (options.noindex ? '<meta name="robots" content="noindex">' : '') +
  (options.jsonLd ? `<script type="application/ld+json">${JSON.stringify(options.jsonLd)}</script>` : '') +
  `<style>${options.style}</style></head><body><main>${options.path}</main></body></html>`;

const posting = {
  '@type': 'BlogPosting',
  url: `${ORIGIN}/en/a/`,
  headline: 'A',
  description: 'About a',
  datePublished: '2024-01-02T00:00:00.000Z',
  dateModified: '2024-02-03T00:00:00.000Z',
  inLanguage: 'en',
  keywords: 'aws, mysql',
};

test('isIndexable: a page that is its own canonical and allows indexing', () => {
  assert.equal(isIndexable(`${ORIGIN}/en/a/`, page({ path: '/en/a/', canonical: '/en/a/', style: '' })), true);
  assert.equal(isIndexable(`${ORIGIN}/de/a/`, page({ path: '/de/a/', canonical: '/en/a/', style: '' })), false);
  assert.equal(
    isIndexable(`${ORIGIN}/404/`, page({ path: '/404/', canonical: '/404/', style: '', noindex: true })),
    false,
  );
});

test('builtArticle: a feed entry from the BlogPosting JSON-LD, none from pages without one', () => {
  assert.deepEqual(
    builtArticle('en/a/index.html', page({ path: '/en/a/', canonical: '/en/a/', style: '', jsonLd: posting })),
    {
      file: 'en/a/index.html',
      url: `${ORIGIN}/en/a/`,
      locale: 'en',
      title: 'A',
      description: 'About a',
      published: new Date('2024-01-02T00:00:00.000Z'),
      modified: new Date('2024-02-03T00:00:00.000Z'),
      tags: ['aws', 'mysql'],
      isTranslation: false,
    },
  );
  assert.equal(builtArticle('de/a/index.html', page({ path: '/de/a/', canonical: '/en/a/', style: '' })), undefined);
  const website = { '@type': 'WebSite', url: ORIGIN };
  assert.equal(
    builtArticle('en/index.html', page({ path: '/en/', canonical: '/en/', style: '', jsonLd: website })),
    undefined,
  );
});

test('RenderedPages: narrows each page’s policy, notes sitemap pages and articles, merges policies in URL order', () => {
  const pages = [
    {
      url: `${ORIGIN}/en/a/`,
      file: 'en/a/index.html',
      html: page({ path: '/en/a/', canonical: '/en/a/', style: 'a{}', jsonLd: posting }),
    },
    {
      url: `${ORIGIN}/de/a/`,
      file: 'de/a/index.html',
      html: page({ path: '/de/a/', canonical: '/en/a/', style: 'b{}' }),
    },
  ];
  const [forwards, backwards] = [new RenderedPages(), new RenderedPages()];
  const written = pages.map(({ url, file, html }) => forwards.add(url, file, html));
  for (const { url, file, html } of [...pages].reverse()) backwards.add(url, file, html);

  assert.equal(pagePolicy(written[0]!), `default-src 'self'; style-src 'self' ${hashSource('a{}')}`);
  assert.equal(pagePolicy(written[1]!), `default-src 'self'; style-src 'self' ${hashSource('b{}')}`);
  assert.deepEqual([...forwards.indexable.keys()], [`${ORIGIN}/en/a/`]);
  assert.deepEqual(
    forwards.articles.map((article) => article.url),
    [`${ORIGIN}/en/a/`],
  );
  // /de/ sorts before /en/: the merged policy does not depend on the order pages finished rendering.
  const merged = `default-src 'self'; style-src 'self' ${hashSource('b{}')} ${hashSource('a{}')}`;
  assert.equal(forwards.mergedPolicy(), merged);
  assert.equal(backwards.mergedPolicy(), merged);
});

test('RenderedPages: a page without a Content Security Policy fails the build, naming the page', () => {
  assert.throws(
    () => new RenderedPages().add(`${ORIGIN}/en/b/`, 'en/b/index.html', '<html><head></head><body></body></html>'),
    /\/en\/b\/ has no Content Security Policy/,
  );
});

test('languageVersions: the hreflang versions a page names, x-default aside, in URL order; none for one language', () => {
  const head = (...links: [string, string][]) =>
    `<html><head>${links.map(([lang, path]) => `<link rel="alternate" hreflang="${lang}" href="${ORIGIN}${path}">`).join('')}` +
    `<link rel="alternate" type="text/markdown" href="/en/a.md"></head><body></body></html>`;
  assert.deepEqual(languageVersions(head(['en', '/en/a/'], ['de', '/de/a/'], ['x-default', '/en/a/'])), [
    { url: `${ORIGIN}/de/a/`, lang: 'de' },
    { url: `${ORIGIN}/en/a/`, lang: 'en' },
  ]);
  assert.equal(languageVersions(head(['en', '/en/b/'], ['x-default', '/en/b/'])), undefined);
});
