/** What people linking to the site rely on: heading anchors, metadata, feeds, sitemap, old URLs. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { articleFacts } from '../support/article-facts.ts';
import { builtPages, distFile, readPage } from '../support/dist.ts';

const articlePages = builtPages().filter((path) => articleFacts.some((facts) => path.endsWith(`/${facts.slug}/`)));

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
  for (const path of builtPages().filter((path) => path !== '/')) {
    const doc = parse(readPage(path));
    const meta = (property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
    for (const property of ['og:title', 'og:description', 'og:type', 'og:locale', 'og:site_name', 'twitter:card', 'twitter:title']) {
      assert.ok(meta(property), `${path}: ${property}`);
    }
    assert.equal(meta('og:url'), doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${path}: og:url is the canonical URL`);
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
    assert.equal(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'), data.datePublished);
  }
});
