import GithubSlugger from 'github-slugger';

/** The heading levels that get a self-link and their id from src/markdown/heading-anchors.ts. */
export const LINKED_HEADING_DEPTHS: readonly number[] = [2, 3];

/**
 * Hands out one file's heading ids in document order: an explicit `{#id}` wins, otherwise the
 * github-slugger slug of the heading text, numbered on repeats (`Same`, `Same` → `same`, `same-1`).
 * Explicit ids are not counted by the slugger.
 */
export function headingIdSequence(): (text: string, explicitId?: unknown) => string {
  const slugger = new GithubSlugger();
  return (text, explicitId) => (typeof explicitId === 'string' && explicitId ? explicitId : slugger.slug(text));
}

/** A heading as written: its level, its rendered text and the id of a trailing `{#id}`, if any. */
export interface HeadingSource {
  depth: number;
  text: string;
  explicitId?: string;
}

/**
 * The ids the site renders for a file's headings, in order (for checks that run without Astro).
 * h2 and h3 get theirs from the site's plugin, the other levels from Astro's own heading-id pass
 * that runs after it: two sequences that do not see each other's slugs (`## A`, `#### A` → `a`, `a`).
 */
export function headingIds(headings: readonly HeadingSource[]): string[] {
  const linked = headingIdSequence();
  const other = headingIdSequence();
  return headings.map(({ depth, text, explicitId }) =>
    LINKED_HEADING_DEPTHS.includes(depth) ? linked(text.trim(), explicitId) : other(text, explicitId),
  );
}

/**
 * The headings a page's table of contents lists: h2 and h3, without the footnotes heading Markdown
 * processors add; none when there are fewer than three (a short page needs no contents).
 */
export function tableOfContents<T extends { depth: number; slug: string }>(headings: readonly T[]): T[] {
  const sections = headings.filter((heading) => heading.depth <= 3 && heading.slug !== 'footnote-label');
  return sections.length >= 3 ? sections : [];
}
