/** Every translation (an article with `translationOf`) against its original, as built. */
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { readPage } from '../support/dist.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'articles');

const translations = globSync('*/*.{md,mdx}', { cwd: CONTENT }).flatMap((file) => {
  const original = /^translationOf:\s*['"]?([\w/-]+)/m.exec(readFileSync(join(CONTENT, file), 'utf8'))?.[1];
  return original ? [{ path: `/${file.replace(/\.mdx?$/, '')}/`, originalPath: `/${original}/` }] : [];
});

const headingIds = (path: string) =>
  parse(readPage(path))
    .querySelectorAll('.prose :is(h2, h3, h4)')
    .map((heading) => `${heading.tagName.toLowerCase()}#${heading.id}`);

test('the two requested translations exist', () => {
  assert.deepEqual(translations.map((pair) => pair.path).sort(), [
    '/de/the-serverless-test/',
    '/en/lesegruppen-buchclubs-organisationales-lernen-unternehmen/',
  ]);
});

for (const { path, originalPath } of translations) {
  test(`${path} shares heading ids with ${originalPath}`, () => {
    const ids = headingIds(path);
    assert.ok(ids.length > 0, 'has headings');
    assert.deepEqual(ids, headingIds(originalPath));
  });

  test(`${path} is marked as a translation, in its own language, linked both ways`, () => {
    const page = parse(readPage(path));
    const locale = path.split('/')[1]!;
    const originalLocale = originalPath.split('/')[1]!;
    assert.equal(page.querySelector('html')?.getAttribute('lang'), locale);
    assert.equal(page.querySelector('.prose')?.getAttribute('lang'), undefined, 'body is in the page language');
    assert.ok(
      page.querySelector('[role="note"]')?.querySelector(`a[href="${originalPath}"]`),
      'notice links the original',
    );
    const original = parse(readPage(originalPath));
    for (const doc of [page, original]) {
      const alternates = doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => link.getAttribute('hreflang'));
      assert.deepEqual(alternates.sort(), [locale, originalLocale, 'x-default'].sort());
    }
    assert.ok(
      page.querySelector(`header a[hreflang="${originalLocale}"][href="${originalPath}"]`),
      'switcher to the original',
    );
    assert.ok(original.querySelector(`header a[hreflang="${locale}"][href="${path}"]`), 'switcher to the translation');
    assert.equal(page.querySelector('meta[name="robots"]'), null, 'a translation is indexable');
  });
}
