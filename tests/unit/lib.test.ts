import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byNewest, formatDate, isoDay } from '../../src/lib/dates.ts';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { articlePath, contactPath, homePath, pageInEveryLocale } from '../../src/lib/urls.ts';
import { hashSource, mergePolicies, ownHashes, pagePolicy, withOwnPolicy } from '../../src/lib/csp.ts';
import { svgDataUri } from '../../src/lib/data-uri.ts';

test('dates are calendar days, localized', () => {
  const day = new Date('2023-03-10');
  assert.equal(formatDate(day, 'en'), '10 March 2023');
  assert.equal(formatDate(day, 'de'), '10. März 2023');
  assert.equal(isoDay(day), '2023-03-10');
});

test('byNewest sorts newest first, then by slug', () => {
  const items = [
    { slug: 'b', pubDate: new Date('2020-01-01') },
    { slug: 'c', pubDate: new Date('2022-01-01') },
    { slug: 'a', pubDate: new Date('2020-01-01') },
  ];
  assert.deepEqual(
    items.sort(byNewest).map((item) => item.slug),
    ['c', 'a', 'b'],
  );
});

test('reading time counts words in any script', () => {
  assert.equal(countWords('Hello, big world'), 3);
  assert.equal(countWords('Größe – Übersicht don’t'), 3);
  assert.equal(readingMinutes(''), 1);
  assert.equal(readingMinutes('word '.repeat(1000)), 5);
});

test('article and locale paths', () => {
  assert.equal(articlePath('de', 'x'), '/de/x/');
  assert.equal(homePath('en'), '/en/');
  assert.equal(contactPath('de'), '/de/contact/');
});

test('pages that exist once per locale link all locales', () => {
  assert.deepEqual(pageInEveryLocale('de', contactPath), {
    canonicalPath: '/de/contact/',
    alternates: [
      { locale: 'en', path: '/en/contact/' },
      { locale: 'de', path: '/de/contact/' },
    ],
    defaultPath: '/en/contact/',
    languageLink: { locale: 'en', href: '/en/contact/' },
  });
});

test('mergePolicies: one policy allowing what each page policy allows, sources once, in order', () => {
  assert.equal(
    mergePolicies([
      "default-src 'self'; style-src 'self' 'sha256-a'; script-src 'self'",
      "default-src 'self'; style-src 'self' 'sha256-b' 'sha256-a';",
      "object-src 'none'",
    ]),
    "default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'; script-src 'self'; object-src 'none'",
  );
  assert.equal(mergePolicies([]), '');
});

test('svgDataUri: an SVG as a data: URI that needs no further escaping in a URL or an attribute', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#0b57b8" width="100%"/>\n</svg>\n';
  const uri = svgDataUri(svg);
  assert.equal(
    uri,
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%20%3Crect%20fill='%230b57b8'%20width='100%25'/%3E%20%3C/svg%3E",
  );
  // Decoding gives back the SVG (with its attribute quotes swapped and white space folded).
  assert.equal(
    decodeURIComponent(uri.slice('data:image/svg+xml,'.length)),
    svg.trim().replace(/\s+/g, ' ').replace(/"/g, "'"),
  );
});

test('ownHashes: a page policy keeps its other sources and allows exactly its own inline styles and scripts', () => {
  const policy = "default-src 'self'; script-src 'self' 'sha256-old1' 'sha256-old2'; style-src 'self' 'sha256-old3'";
  assert.equal(
    ownHashes(policy, { styles: ['a{}', 'a{}'], scripts: [] }),
    `default-src 'self'; script-src 'self'; style-src 'self' ${hashSource('a{}')}`,
  );
  assert.equal(hashSource(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
});

test('withOwnPolicy: the meta policy of a page allows its inline style and script, not JSON-LD, not other pages’ hashes', () => {
  const page = (policy: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"><style>b{}</style>` +
    `<script type="application/ld+json">{}</script></head><body><script type="module">go()</script></body>`;
  const narrowed = withOwnPolicy(page("script-src 'self' 'sha256-other'; style-src 'self' 'sha256-other'"));
  const own = `script-src 'self' ${hashSource('go()')}; style-src 'self' ${hashSource('b{}')}`;
  assert.equal(pagePolicy(narrowed.html), own);
  assert.equal(narrowed.policy, own);
  assert.deepEqual(withOwnPolicy('<p>no policy</p>'), { html: '<p>no policy</p>' });
});
