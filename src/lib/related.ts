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
 * Prepares the choice of related articles among `candidates`: up to RELATED_LIMIT other published
 * articles of the same locale that share a tag with the current one, most shared tags first, then
 * newest, then by slug. Candidates are indexed by locale and tag once, so choosing for every page
 * of a large site costs about the pages that share a tag, not all pages for each.
 */
export function relatedArticlesAmong<T extends RelatedCandidate>(
  candidates: readonly T[],
): (current: RelatedCandidate) => T[] {
  const byTag = new Map<string, T[]>();
  for (const candidate of candidates) {
    if (candidate.draft) continue;
    for (const tag of new Set(candidate.tags)) {
      const key = `${candidate.locale}/${tag}`;
      const tagged = byTag.get(key);
      if (tagged) tagged.push(candidate);
      else byTag.set(key, [candidate]);
    }
  }
  const ranksBefore = ([a, sharedA]: [T, number], [b, sharedB]: [T, number]) => sharedB - sharedA || byNewest(a, b);
  return (current) => {
    const shared = new Map<T, number>();
    for (const tag of new Set(current.tags)) {
      for (const candidate of byTag.get(`${current.locale}/${tag}`) ?? []) {
        if (candidate.slug !== current.slug) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
      }
    }
    // The best few in one pass: sorting every candidate that shares a tag cost 3 s at 10,000 articles.
    const best: [T, number][] = [];
    for (const entry of shared) {
      if (best.length === RELATED_LIMIT && ranksBefore(best.at(-1)!, entry) <= 0) continue;
      const at = best.findIndex((chosen) => ranksBefore(entry, chosen) < 0);
      best.splice(at === -1 ? best.length : at, 0, entry);
      best.length = Math.min(best.length, RELATED_LIMIT);
    }
    return best.map(([candidate]) => candidate);
  };
}

/** The related articles of one page (relatedArticlesAmong for a single choice). */
export function relatedArticles<T extends RelatedCandidate>(current: RelatedCandidate, candidates: readonly T[]): T[] {
  return relatedArticlesAmong(candidates)(current);
}
