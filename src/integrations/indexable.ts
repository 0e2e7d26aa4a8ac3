/**
 * Whether a built page belongs in the sitemap: a page that is its own canonical and does not tell
 * robots `noindex`. Fallback pages name their original as canonical (the same text, so search
 * engines index the original); redirect pages name their target; the 404 page says `noindex`.
 * One rule, read from the page itself, so a new kind of page can never end up in the wrong list.
 */
export function isIndexable(pageUrl: string, html: string): boolean {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical === pageUrl && !/<meta name="robots" content="[^"]*noindex/.test(html);
}
