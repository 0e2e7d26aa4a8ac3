import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RELATED_LIMIT, relatedArticles, type RelatedCandidate } from '../../src/lib/related.ts';

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
