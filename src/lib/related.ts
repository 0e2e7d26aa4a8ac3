import { byNewest } from './dates.ts';

/** An article page as the related-articles choice sees it. */
export interface RelatedCandidate {
  locale: string;
  slug: string;
  tags: readonly string[];
  pubDate: Date;
  draft?: boolean;
}

/** Related articles shown under an article: few enough to stay a pointer, not a second list. */
export const RELATED_LIMIT = 3;

/**
 * Up to RELATED_LIMIT other published articles of the same locale that share a tag with `current`:
 * most shared tags first, then newest, then by slug.
 */
export function relatedArticles<T extends RelatedCandidate>(current: RelatedCandidate, candidates: readonly T[]): T[] {
  const tags = new Set(current.tags);
  return candidates
    .filter((candidate) => candidate.locale === current.locale && candidate.slug !== current.slug && !candidate.draft)
    .map((candidate) => ({ candidate, shared: candidate.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || byNewest(a.candidate, b.candidate))
    .slice(0, RELATED_LIMIT)
    .map(({ candidate }) => candidate);
}
