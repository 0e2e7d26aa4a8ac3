import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byNewest } from '../../src/lib/dates.ts';
import { RELATED_LIMIT, relatedArticles, relatedArticlesAmong, type RelatedCandidate } from '../../src/lib/related.ts';
import { seededRandom } from '../support/seeded-random.ts';

const article = (slug: string, tags: string[], pubDate = '2020-01-01', extra: Partial<RelatedCandidate> = {}) => ({
  locale: 'en',
  slug,
  tags,
  pubDate: new Date(pubDate),
  ...extra,
});
const slugs = (articles: RelatedCandidate[]) => articles.map((each) => each.slug);
const current = article('current', ['aws', 'mysql', 'aurora']);

test('related articles: more shared tags first, then newer, then by slug', () => {
  const candidates = [
    article('one-tag-old', ['aws'], '2017-01-01'),
    article('two-tags', ['aws', 'mysql', 'leadership']),
    article('one-tag-new-b', ['aurora'], '2023-01-01'),
    article('one-tag-new-a', ['mysql'], '2023-01-01'),
  ];
  assert.deepEqual(slugs(relatedArticles(current, candidates)), ['two-tags', 'one-tag-new-a', 'one-tag-new-b']);
});

test(`related articles: at most ${RELATED_LIMIT}, and only those sharing a tag`, () => {
  const sharing = ['a', 'b', 'c', 'd', 'e'].map((slug) => article(slug, ['aws']));
  assert.equal(RELATED_LIMIT, 3);
  assert.deepEqual(slugs(relatedArticles(current, sharing)), ['a', 'b', 'c']);
  assert.deepEqual(relatedArticles(current, [article('unrelated', ['leadership'])]), []);
});

test('related articles: never the article itself, a draft or another locale', () => {
  const candidates = [
    article('current', ['aws', 'mysql', 'aurora']),
    article('draft', ['aws', 'mysql', 'aurora'], '2020-01-01', { draft: true }),
    article('german', ['aws', 'mysql', 'aurora'], '2020-01-01', { locale: 'de' }),
    article('kept', ['aws']),
  ];
  assert.deepEqual(slugs(relatedArticles(current, candidates)), ['kept']);
});

test('related articles: the tag index chooses exactly what comparing every pair would (600 random pages)', () => {
  const random = seededRandom(42);
  const tags = ['aws', 'mysql', 'aurora', 'leadership', 'learning', 'serverless', 'iam', 'backups'];
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const pages = Array.from({ length: 600 }, (_, index) =>
    article(
      `page-${index}`,
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(tags)),
      `20${10 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      { locale: pick(['en', 'de']), draft: random() < 0.1 },
    ),
  );
  // The definition, pair by pair: same locale, not itself, no draft, most shared tags, newest, slug.
  const byDefinition = (current: RelatedCandidate) =>
    pages
      .filter((other) => other.locale === current.locale && other.slug !== current.slug && !other.draft)
      .map((other) => ({ other, shared: new Set(other.tags.filter((tag) => current.tags.includes(tag))).size }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared || byNewest(a.other, b.other))
      .slice(0, RELATED_LIMIT)
      .map(({ other }) => other.slug);
  const choose = relatedArticlesAmong(pages);
  let withRelated = 0;
  for (const page of pages) {
    const chosen = slugs(choose(page));
    assert.deepEqual(chosen, byDefinition(page), page.slug);
    if (chosen.length > 0) withRelated += 1;
  }
  assert.ok(withRelated > 500, `only ${withRelated} pages had related articles`);
});
