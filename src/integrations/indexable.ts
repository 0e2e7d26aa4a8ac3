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

export interface LanguageVersion {
  url: string;
  lang: string;
}

/**
 * The language versions a page names in `<link rel="alternate" hreflang>` (x-default aside), in
 * URL order, as the sitemap lists them; none for a page that exists in one language.
 */
export function languageVersions(html: string): LanguageVersion[] | undefined {
  const head = html.slice(0, html.indexOf('</head>'));
  const versions = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
    .filter(([, lang]) => lang !== 'x-default')
    .map(([, lang, url]) => ({ url: url!, lang: lang! }))
    .sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
  return versions.length > 1 ? versions : undefined;
}
