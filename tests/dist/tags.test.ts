/** Tag pages as built, against the tags in the articles' frontmatter. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { useTranslations } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { tagPath, tagsPath } from '../../src/lib/urls.ts';
import { builtPages, readPage } from '../support/dist.ts';
import { plannedArticlePages, plannedTags } from '../support/site-plan.ts';

for (const locale of LOCALES) {
  const pages = plannedArticlePages().filter((page) => page.locale === locale);
  const tags = plannedTags(locale);
  const t = useTranslations(locale);
  /** The locale's article pages whose shown file carries the tag. */
  const carrying = (tag: string) =>
    pages
      .filter((page) => page.shown.frontmatter.tags.includes(tag))
      .map((page) => page.path)
      .sort();

  test(`${tagsPath(locale)} lists every tag of the articles with the number of articles carrying it`, () => {
    assert.ok(tags.length > 0, 'the articles have tags');
    const listed = parse(readPage(tagsPath(locale)))
      .querySelectorAll('.tag-cloud li')
      .map((item) => ({
        href: item.querySelector('a')?.getAttribute('href'),
        count: item.querySelector('.muted')?.text,
      }));
    const byHref = (a: { href?: string }, b: { href?: string }) => String(a.href).localeCompare(String(b.href));
    assert.deepEqual(
      listed.sort(byHref),
      tags
        .map((tag) => ({ href: tagPath(locale, tag), count: `(${t('tags.count', { count: carrying(tag).length })})` }))
        .sort(byHref),
    );
  });

  test(`${locale}: every tag has a page listing and counting exactly the articles carrying it`, () => {
    const tagPages = builtPages().filter((path) => path.startsWith(tagsPath(locale)) && path !== tagsPath(locale));
    assert.deepEqual(tagPages, tags.map((tag) => tagPath(locale, tag)).sort(), 'one page per tag, no other');
    for (const tag of tags) {
      const page = parse(readPage(tagPath(locale, tag)));
      assert.equal(page.querySelector('h1 + p.muted')?.text, t('tags.count', { count: carrying(tag).length }));
      const links = page
        .querySelectorAll('.article-list > li > a')
        .map((link) => link.getAttribute('href'))
        .sort();
      assert.deepEqual(links, carrying(tag), tagPath(locale, tag));
    }
  });
}
