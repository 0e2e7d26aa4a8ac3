/** What people linking to the site rely on: heading anchors, metadata, feeds, sitemap, old URLs. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { headingsOf } from '../../scripts/lib/content-lint.ts';
import { dictionaries, fill } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { tagLabel } from '../../src/lib/tags.ts';
import { articlePath, feedPath } from '../../src/lib/urls.ts';
import { articleFacts } from '../support/article-facts.ts';
import { readRetiredAddresses } from '../../src/lib/retired-addresses.ts';
import { builtPages, distFile, readPage, redirectTarget } from '../support/dist.ts';
import { ROOT } from '../support/site-copy.ts';
import { outlineOnly, plannedArticlePages, sitePlan } from '../support/site-plan.ts';

const articlePages = plannedArticlePages();
const plan = sitePlan();

test('every h2 and h3 of every article has the id of its source and a self-link labelled in its language', () => {
  assert.equal(articlePages.length, 18);
  let checked = 0;
  for (const { path, shown, kind } of articlePages.filter((page) => !outlineOnly(page))) {
    const expected = headingsOf(shown.source).filter((heading) => heading.depth <= 3);
    const headings = parse(readPage(path)).querySelectorAll('.prose :is(h2, h3)');
    assert.deepEqual(
      headings.map((heading) => heading.id),
      expected.map((heading) => heading.id),
      `${path} (${kind}): heading ids of ${shown.file}`,
    );
    headings.forEach((heading, index) => {
      const anchor = heading.querySelector('a.heading-anchor');
      assert.equal(anchor?.getAttribute('href'), `#${heading.id}`, `${path}#${heading.id}: self-link`);
      // In the language of the text around it (a fallback page shows the original's language).
      const label = fill(dictionaries[shown.locale]['article.sectionLink'], { heading: expected[index]!.text });
      assert.equal(anchor?.getAttribute('aria-label'), label, `${path}#${heading.id}: label`);
    });
    checked += headings.length;
  }
  assert.ok(checked > 0, 'the articles have headings to check');
});

test("a fallback page without the table lists the original's sections, each with its heading id and linking into the original", () => {
  const fallbacks = articlePages.filter(outlineOnly);
  assert.ok(fallbacks.length > 0, 'fallback pages to check');
  let checked = 0;
  for (const { path, shown, slug, originalLocale } of fallbacks) {
    const doc = parse(readPage(path));
    assert.equal(doc.querySelectorAll('.prose p').length, 0, `${path}: no copy of the text`);
    const expected = headingsOf(shown.source);
    const headings = doc.querySelectorAll('.outline .prose :is(h3, h4, h5, h6)');
    assert.deepEqual(
      headings.map((heading) => [heading.tagName.toLowerCase(), heading.id, heading.text.trim()]),
      expected.map((heading) => [`h${heading.depth + 1}`, heading.id, heading.text]),
      `${path}: the sections of ${shown.file}, one level below the outline's own heading`,
    );
    for (const heading of headings)
      assert.equal(
        heading.querySelector('a')?.getAttribute('href'),
        `${articlePath(originalLocale, slug)}#${heading.id}`,
      );
    checked += headings.length;
  }
  assert.ok(checked > 0, 'the fallback pages have sections to check');
});

test('every page has Open Graph and Twitter card metadata pointing at itself and a served image', () => {
  const pages = [...plan.indexable, ...plan.unindexed];
  assert.ok(pages.length > 0, 'pages to check');
  for (const path of pages) {
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
    assert.equal(meta('twitter:image'), image.href, `${path}: the card shows the same image`);
    assert.ok(meta('og:image:alt'), `${path}: og:image:alt`);
    assert.equal(meta('twitter:image:alt'), meta('og:image:alt'), `${path}: the card's image has the same alt text`);
  }
});

test('articles carry BlogPosting JSON-LD with dates, author, language and licence; fallbacks do not', () => {
  assert.equal(articlePages.length, 18);
  for (const { path, kind } of articlePages) {
    const doc = parse(readPage(path));
    const script = doc.querySelector('script[type="application/ld+json"]');
    if (kind === 'fallback') {
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
      data.image,
      doc.querySelector('meta[property="og:image"]')?.getAttribute('content'),
      `${path}: the og:image`,
    );
    assert.equal(
      doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
      data.datePublished,
    );
  }
});

// No feed validator runs offline (none on npm or in Debian; W3C's is Python and not packaged), and no package ships RFC 4287's RELAX NG schema: the feed tests assert the rules by hand.
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'category'].includes(name),
});
function readXml(path: string) {
  // With validation on, the parser throws on XML that is not well-formed.
  return xml.parse(readFileSync(distFile(path), 'utf8'), true);
}

test('each locale has an RSS 2.0 feed with the full text of its originals and translations, linked from its pages', () => {
  for (const locale of LOCALES) {
    const rss = readXml(feedPath(locale)).rss;
    assert.equal(rss['@_version'], '2.0');
    // Its own address (RSS Best Practices: atom:link rel="self"), in the Atom namespace.
    assert.equal(rss['@_xmlns:atom'], 'http://www.w3.org/2005/Atom');
    assert.deepEqual(
      [rss.channel['atom:link']['@_rel'], rss.channel['atom:link']['@_href']],
      ['self', `https://ruempler.eu${feedPath(locale)}`],
    );
    assert.equal(rss.channel.language, locale);
    const items = rss.channel.item as { link: string; 'content:encoded': string; pubDate: string }[];
    const ownVersions = articlePages.filter((page) => page.locale === locale && page.kind !== 'fallback');
    assert.deepEqual(
      items.map((item) => new URL(item.link).pathname).sort(),
      ownVersions.map((page) => page.path).sort(),
      'every article of the locale (no fallback page), fewer than the cap of 20',
    );
    for (const item of items) {
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
  const localePages = builtPages().filter((path) => /^\/(en|de)\//.test(path));
  assert.ok(localePages.length > 0, 'pages to check');
  for (const path of localePages) {
    const link = parse(readPage(path)).querySelector('link[rel="alternate"][type="application/rss+xml"]');
    assert.equal(link?.getAttribute('href'), `/${path.split('/')[1]}/feed.xml`, `${path}: feed link`);
  }
});

test('the old feed address /atom.xml is a valid Atom feed of every article in its original language', () => {
  const atom = readXml('/atom.xml').feed;
  assert.equal(atom['@_xmlns'], 'http://www.w3.org/2005/Atom');
  const links = [atom.link].flat() as { '@_rel': string; '@_href': string }[];
  const self = links.find((link) => link['@_rel'] === 'self');
  assert.equal(self?.['@_href'], 'https://ruempler.eu/atom.xml', 'its own address (RFC 4287 §4.2.7.2)');
  const entries = atom.entry as {
    id: string;
    link: { '@_href': string };
    category: { '@_term'?: string; '@_label'?: string }[];
  }[];
  const entryLinks = entries.map((entry) => entry.link['@_href']).sort();
  assert.deepEqual(
    entryLinks,
    articleFacts.map((facts) => `https://ruempler.eu/${facts.locale}/${facts.slug}/`).sort(),
  );
  // Ids never change (RFC 4287 §4.2.6): the old blog's feed id and entry ids, its permalinks.
  assert.equal(atom.id, 'https://ruempler.eu/');
  assert.deepEqual(
    entries.map((entry) => entry.id).sort(),
    articleFacts.map((facts) => `https://ruempler.eu/${facts.permalinkDate}/${facts.slug}/`).sort(),
  );
  const categories = entries.flatMap((entry) => entry.category);
  assert.ok(categories.length >= entries.length, `${categories.length} categories`);
  for (const category of categories) {
    // RFC 4287 §4.2.2: term is required; the label is what readers see.
    assert.match(category['@_term'] ?? '', /^[a-z0-9]+(?:-[a-z0-9]+)*$/, JSON.stringify(category));
    assert.equal(category['@_label'], tagLabel(category['@_term']!), JSON.stringify(category));
  }
});

test('the sitemap lists exactly the indexable pages, with hreflang alternates; fallbacks point to their original, the rest say noindex', () => {
  const index = readXml('/sitemap-index.xml');
  assert.ok(index.sitemapindex, 'sitemap index');
  // The old blog's sitemap address, where search consoles still look, serves the same index.
  assert.equal(readFileSync(distFile('/sitemap.xml'), 'utf8'), readFileSync(distFile('/sitemap-index.xml'), 'utf8'));
  const urls = readXml('/sitemap-0.xml').urlset.url as {
    loc: string;
    'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
  }[];
  assert.deepEqual(urls.map((url) => new URL(url.loc).pathname).sort(), [...plan.indexable].sort());
  const fallbacks = new Map(
    plannedArticlePages()
      .filter((page) => page.kind === 'fallback')
      .map((page) => [page.path, articlePath(page.shown.locale, page.slug)]),
  );
  assert.ok(fallbacks.size > 0, 'the plan has fallback pages');
  for (const path of plan.all) {
    const html = readPage(path);
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
    const canonical = new URL(parse(html).querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname;
    if (plan.indexable.includes(path)) {
      assert.ok(!noindex && canonical === path, `${path}: indexable, its own canonical`);
    } else if (fallbacks.has(path)) {
      // The same text as the original: the canonical sends search engines there, no noindex needed.
      assert.ok(!noindex && canonical === fallbacks.get(path), `${path}: canonical ${canonical}, noindex ${noindex}`);
    } else if (plan.oldAddresses.has(path)) {
      // An article at an old address: the canonical is the article's (its original's, for a fallback).
      const page = plan.oldAddresses.get(path)!;
      const expected = fallbacks.get(page.path) ?? page.path;
      assert.ok(!noindex && canonical === expected, `${path}: canonical ${canonical}, noindex ${noindex}`);
    } else assert.ok(noindex, `${path}: noindex`);
  }
  const serverless = urls.find((url) => url.loc === 'https://ruempler.eu/en/the-serverless-test/')!;
  assert.deepEqual(serverless['xhtml:link']?.map((link) => link['@_hreflang']).sort(), ['de', 'en']);
  assert.ok(readFileSync(distFile('/robots.txt'), 'utf8').includes('Sitemap: https://ruempler.eu/sitemap-index.xml'));
});

test('every old address of an article shows it, sends readers on, and is a 301 in /_redirects; so are the retired pages', () => {
  const redirects = readFileSync(distFile('/_redirects'), 'utf8');
  const rules = redirects.split('\n').filter((line) => line && !line.startsWith('#'));
  assert.ok(plan.oldAddresses.size >= articleFacts.length, 'every old blog permalink is an old address');
  for (const [from, page] of plan.oldAddresses) {
    const html = parse(readPage(from));
    assert.equal(html.querySelector('h1')?.text, page.shown.frontmatter.title, `${from}: shows the article`);
    assert.equal(
      html.querySelector('script[data-to]')?.getAttribute('data-to'),
      page.path,
      `${from}: sends readers on`,
    );
    assert.ok(html.querySelector(`.notice a[href="${page.path}"]`), `${from}: says where the article is now`);
    assert.equal(
      html.querySelector('meta[http-equiv="refresh"]'),
      null,
      `${from}: no meta refresh (it drops #sections)`,
    );
    assert.ok(rules.includes(`${from} ${page.path} 301`), `${from} in _redirects`);
  }
  const retired = [...readRetiredAddresses(ROOT)].filter(([address]) => !address.includes('#'));
  for (const [from, to] of retired) {
    if (from.endsWith('/')) assert.equal(redirectTarget(from), to, `${from}: a redirect page to ${to}`);
    assert.ok(rules.includes(`${from} ${to} 301`), `${from} in _redirects`);
  }
  assert.equal(rules.length, plan.oldAddresses.size + retired.length, 'nothing else is redirected');
});
