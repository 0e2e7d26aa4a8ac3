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

/** A trailing attribute block: `{#id}`, `{#id .class}`; in MDX other braces are expressions. */
const HEADING_ATTRIBUTES = /\{([#.][^{}\n]*)\}[ \t\r]*$/;
/** An ATX heading line, also inside blockquotes and list items. */
const ATX_HEADING = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]+)*#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t\r]*$/;

/**
 * The attribute block of a heading line as written (`## Heading {#id}`, Sätteri's
 * `headingAttributes`, see astro.config.mjs): where it starts and ends in the line, and its id
 * (the last `#token`), if any; undefined for a line that is no heading or has no block.
 */
export function headingAttributeBlock(
  line: string,
  nextLine: string,
): { start: number; end: number; id?: string } | undefined {
  const isHeading = ATX_HEADING.test(line) || (line.trim() !== '' && SETEXT_UNDERLINE.test(nextLine));
  const match = isHeading ? HEADING_ATTRIBUTES.exec(line) : null;
  if (!match) return undefined;
  const id = match[1]!
    .split(/\s+/)
    .filter((token) => token.startsWith('#') && token.length > 1)
    .at(-1)
    ?.slice(1);
  return { start: match.index, end: match.index + match[0].trimEnd().length, id };
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
