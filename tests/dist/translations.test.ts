/** Every translation (an article with `translationOf`) against its original, as built. */
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { dictionaries } from '../../src/i18n/index.ts';
import { otherLocale } from '../../src/i18n/locales.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { readPage } from '../support/dist.ts';
import { plannedArticlePages } from '../support/site-plan.ts';

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

test('the language switcher leads to the other locale and says if that is the original, a translation or not translated yet', () => {
  const statuses = new Set<string>();
  for (const { path, locale, slug, versions } of plannedArticlePages()) {
    const target = otherLocale(locale);
    const status = versions.find((version) => version.locale === target)?.kind ?? 'untranslated';
    statuses.add(status);
    // In the target's language: "Deutsch (noch nicht übersetzt)".
    const words = dictionaries[target];
    const link = parse(readPage(path)).querySelector(`header a[hreflang="${target}"]`);
    assert.equal(link?.getAttribute('href'), articlePath(target, slug), `${path}: switcher target`);
    assert.equal(link?.text, `${words['site.language']} (${words[`switcher.${status}`]})`, `${path}: switcher label`);
  }
  assert.deepEqual([...statuses].sort(), ['original', 'translation', 'untranslated'], 'every kind of target was seen');
});
