/** What people linking to the site rely on: heading anchors, metadata, feeds, sitemap, old URLs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { articleFacts } from '../support/article-facts.ts';
import { builtPages, readPage } from '../support/dist.ts';

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
