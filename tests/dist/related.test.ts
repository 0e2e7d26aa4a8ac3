/** "Related articles" under every article page, against the choice computed from the frontmatter. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { relatedArticles } from '../../src/lib/related.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { readPage } from '../support/dist.ts';
import { outlineOnly, plannedArticlePages, type PlannedArticlePage } from '../support/site-plan.ts';

const pages = plannedArticlePages();
const asCandidate = (page: PlannedArticlePage) => ({
  page,
  locale: page.locale,
  slug: page.slug,
  tags: page.shown.frontmatter.tags,
  pubDate: new Date(page.shown.frontmatter.pubDate),
});
const candidates = pages.map(asCandidate);

test('every article page lists the related articles its tags call for, in its locale (a fallback page on the way to its original, none)', () => {
  let checked = 0;
  let sections = 0;
  for (const current of pages) {
    checked++;
    if (outlineOnly(current)) {
      assert.equal(parse(readPage(current.path)).querySelector('article .related'), null, current.path);
      continue;
    }
    const expected = relatedArticles(asCandidate(current), candidates).map(({ page }) => {
      const foreign = page.shown.locale === current.locale ? undefined : page.shown.locale;
      const { title, description, pubDate } = page.shown.frontmatter;
      return {
        href: articlePath(current.locale, page.slug),
        title,
        titleLang: foreign,
        datetime: pubDate,
        date: formatDate(new Date(pubDate), current.locale),
        description,
        descriptionLang: foreign,
      };
    });
    const section = parse(readPage(current.path)).querySelector('article .related');
    if (expected.length === 0) {
      assert.equal(section, null, `${current.path}: no article shares a tag, so no section`);
      continue;
    }
    sections++;
    assert.ok(section, `${current.path}: a related-articles section`);
    assert.equal(section.querySelector('h2')?.text, useTranslations(current.locale)('article.related'), current.path);
    const listed = section.querySelectorAll('li').map((item) => {
      const link = item.querySelector('a');
      const time = item.querySelector('time');
      const description = item.querySelector('p');
      return {
        href: link?.getAttribute('href'),
        title: link?.text,
        titleLang: link?.getAttribute('lang'),
        datetime: time?.getAttribute('datetime'),
        date: time?.text,
        description: description?.text,
        descriptionLang: description?.getAttribute('lang'),
      };
    });
    assert.deepEqual(listed, expected, current.path);
  }
  assert.ok(pages.length > 0 && checked === pages.length, 'every planned article page checked');
  assert.ok(sections > 0, 'at least one page shows related articles');
});

test('the related articles come after the article footer and before the author box; a fallback page has neither', () => {
  assert.ok(pages.length > 0, 'article pages planned');
  for (const current of pages) {
    const order = parse(readPage(current.path))
      .querySelectorAll('article > :is(footer.article-footer, .related, .author-box)')
      .map((element) => element.classList.value[0]);
    assert.deepEqual(
      order,
      outlineOnly(current) ? ['article-footer'] : ['article-footer', 'related', 'author-box'],
      current.path,
    );
  }
});
