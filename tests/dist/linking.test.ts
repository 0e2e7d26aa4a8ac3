/** What people linking to the site rely on: heading anchors, metadata, feeds, sitemap, old URLs. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { articleFacts } from '../support/article-facts.ts';
import { builtPages, distFile, readPage, redirectTarget } from '../support/dist.ts';

const articlePages = builtPages().filter((path) =>
  articleFacts.some((facts) => /^\/(en|de)\/[^/]+\/$/.test(path) && path.endsWith(`/${facts.slug}/`)),
);

test('every h2 and h3 of every article has an id and a labelled self-link', () => {
  assert.equal(articlePages.length, 18);
  for (const path of articlePages) {
    for (const heading of parse(readPage(path)).querySelectorAll('.prose :is(h2, h3)')) {
      assert.ok(heading.id, `${path}: ${heading.text} has an id`);
      const anchor = heading.querySelector('a.heading-anchor');
      assert.equal(anchor?.getAttribute('href'), `#${heading.id}`, `${path}#${heading.id}: self-link`);
      const label = anchor?.getAttribute('aria-label') ?? '';
      // In the language of the text around it (a fallback page shows the original's language).
      const language = heading.closest('[lang]')?.getAttribute('lang');
      const prefix = language === 'de' ? 'Link zum Abschnitt: ' : 'Link to section: ';
      assert.ok(label.startsWith(prefix), `${path}#${heading.id}: label "${label}"`);
      assert.ok(label.length > prefix.length, 'label names the section');
    }
  }
});

test('every page has Open Graph and Twitter card metadata pointing at itself and a served image', () => {
  for (const path of builtPages().filter((path) => !redirectTarget(path))) {
    const doc = parse(readPage(path));
    const meta = (property: string) =>
      doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
    for (const property of [
      'og:title',
      'og:description',
      'og:type',
      'og:locale',
      'og:site_name',
      'twitter:card',
      'twitter:title',
    ]) {
      assert.ok(meta(property), `${path}: ${property}`);
    }
    assert.equal(
      meta('og:url'),
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      `${path}: og:url is the canonical URL`,
    );
    const image = new URL(meta('og:image') ?? '');
    assert.equal(image.origin, 'https://ruempler.eu');
    assert.ok(existsSync(distFile(image.pathname)), `${path}: ${image.pathname} is built`);
  }
});

test('articles carry BlogPosting JSON-LD with dates, author, language and licence; fallbacks do not', () => {
  for (const path of articlePages) {
    const doc = parse(readPage(path));
    const script = doc.querySelector('script[type="application/ld+json"]');
    const fallback = doc.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex');
    if (fallback) {
      assert.equal(script, null, `${path}: no JSON-LD on a fallback page`);
      continue;
    }
    const data = JSON.parse(script!.text);
    assert.equal(data['@type'], 'BlogPosting');
    assert.equal(data.url, doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    assert.equal(data.headline, doc.querySelector('h1')?.text.trim());
    assert.match(data.datePublished, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(data.datePublished, doc.querySelector('article header time')?.getAttribute('datetime'));
    assert.equal(data.author.name, 'Soenke Ruempler');
    assert.equal(data.inLanguage, path.split('/')[1]);
    assert.equal(data.license, 'https://creativecommons.org/licenses/by/4.0/');
    assert.equal(
      doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
      data.datePublished,
    );
  }
});

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'entry' });
function readXml(path: string) {
  // With validation on, the parser throws on XML that is not well-formed.
  return xml.parse(readFileSync(distFile(path), 'utf8'), true);
}

test('each locale has an RSS 2.0 feed with the full text of its articles, linked from its pages', () => {
  const expected = {
    en: articleFacts.filter((facts) => facts.locale === 'en').length + 1, // + the English translation
    de: articleFacts.filter((facts) => facts.locale === 'de').length + 1, // + the German translation
  };
  for (const locale of ['en', 'de'] as const) {
    const rss = readXml(`/${locale}/feed.xml`).rss;
    assert.equal(rss['@_version'], '2.0');
    assert.equal(rss.channel.language, locale);
    const items = rss.channel.item as { link: string; 'content:encoded': string; pubDate: string }[];
    assert.equal(items.length, expected[locale]);
    for (const item of items) {
      assert.ok(item.link.startsWith(`https://ruempler.eu/${locale}/`), item.link);
      assert.ok(
        parse(readPage(new URL(item.link).pathname)).querySelector('script[type="application/ld+json"]'),
        'not a fallback page',
      );
      assert.ok(item['content:encoded'].length > 500, `${item.link}: full text`);
      assert.doesNotMatch(item['content:encoded'], /(href|src)="\/(?!\/)/, `${item.link}: absolute URLs only`);
    }
    const dates = items.map((item) => Date.parse(item.pubDate));
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
      'newest first',
    );
  }
  for (const path of builtPages().filter((path) => /^\/(en|de)\//.test(path))) {
    const link = parse(readPage(path)).querySelector('link[rel="alternate"][type="application/rss+xml"]');
    assert.equal(link?.getAttribute('href'), `/${path.split('/')[1]}/feed.xml`, `${path}: feed link`);
  }
});

test('the old feed address /atom.xml is a valid Atom feed of every article in its original language', () => {
  const atom = readXml('/atom.xml').feed;
  assert.equal(atom['@_xmlns'], 'http://www.w3.org/2005/Atom');
  const links = (atom.entry as { link: { '@_href': string } }[]).map((entry) => entry.link['@_href']).sort();
  assert.deepEqual(links, articleFacts.map((facts) => `https://ruempler.eu/${facts.locale}/${facts.slug}/`).sort());
});

test('the sitemap lists every indexable page with hreflang alternates, and no fallback page', () => {
  const index = readXml('/sitemap-index.xml');
  assert.ok(index.sitemapindex, 'sitemap index');
  const urls = readXml('/sitemap-0.xml').urlset.url as {
    loc: string;
    'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
  }[];
  const listed = new Set(urls.map((url) => new URL(url.loc).pathname));
  for (const path of builtPages()) {
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(readPage(path));
    assert.equal(listed.has(path), !noindex, `${path}: ${noindex ? 'noindex, not listed' : 'indexable, listed'}`);
  }
  const serverless = urls.find((url) => url.loc === 'https://ruempler.eu/en/the-serverless-test/')!;
  assert.deepEqual(serverless['xhtml:link']?.map((link) => link['@_hreflang']).sort(), ['de', 'en']);
  assert.ok(readFileSync(distFile('/robots.txt'), 'utf8').includes('Sitemap: https://ruempler.eu/sitemap-index.xml'));
});

test('every old permalink is a static redirect page and a 301 in /_redirects', () => {
  const redirects = readFileSync(distFile('/_redirects'), 'utf8');
  for (const facts of articleFacts) {
    const from = `/${facts.permalinkDate}/${facts.slug}/`;
    const to = `/${facts.locale}/${facts.slug}/`;
    const page = parse(readPage(from));
    assert.equal(redirectTarget(from), to, from);
    assert.ok(page.querySelector(`main a[href="${to}"]`), `${from}: says where the article moved`);
    assert.ok(redirects.split('\n').includes(`${from} ${to} 301`), `${from} in _redirects`);
  }
  const rules = redirects.split('\n').filter((line) => line && !line.startsWith('#'));
  assert.equal(rules.length, articleFacts.length + 1, 'the old articles and /contact/, nothing else');
});
