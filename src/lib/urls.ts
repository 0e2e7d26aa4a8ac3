import { DEFAULT_LOCALE, LOCALES, otherLocale, type Locale } from '../i18n/locales.ts';
import { pageSegment } from './list-pages.ts';

/** `/de/my-topic/`: every article URL, original or fallback. */
export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/**
 * Where an article lived on the old blog (permalink `:year/:month/:day/:title/`):
 * `legacyArticlePath(new Date('2023-03-10'), 'aurora')` → `/2023/03/10/aurora/`.
 */
export function legacyArticlePath(pubDate: Date, slug: string): string {
  return `/${pubDate.toISOString().slice(0, 10).replace(/-/g, '/')}/${slug}/`;
}

/** `/en/`: a locale's home page. */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** `/de/tags/`: all tags of a locale. */
export function tagsPath(locale: Locale): string {
  return `/${locale}/tags/`;
}

/** `/de/tags/aws/`, and its further pages `/de/tags/aws/2/`. */
export function tagPath(locale: Locale, tag: string, page = 1): string {
  return `/${locale}/tags/${tag}/${pageSegment(page)}`;
}

/** `/en/archive/`: the years; `/en/archive/2017/`, `/en/archive/2017/04/2/`: pages of src/lib/list-pages.ts (archivePages). */
export function archivePath(locale: Locale, segments = ''): string {
  return `/${locale}/archive/${segments}`;
}

/** `/en/search/`: the search page (`?q=` holds the query). */
export function searchPath(locale: Locale): string {
  return `/${locale}/search/`;
}

/** Pagefind's script (written after the build by src/integrations/search-index.ts). */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/** The words of every article, one per line, for the search page's "Did you mean" (src/lib/spelling.ts). */
export const SEARCH_WORDS_PATH = '/search-words.txt';

/** `/de/translations/`: which articles are translated, and which translations are outdated; `/de/translations/2/`: more of the work to do. */
export function translationsPath(locale: Locale, page = 1): string {
  return `/${locale}/translations/${pageSegment(page)}`;
}

/** `/en/contact/`. */
export function contactPath(locale: Locale): string {
  return `/${locale}/contact/`;
}

/**
 * Head and switcher links for a page that exists once per locale (home, contact):
 * canonical to itself, hreflang alternates to every locale, x-default to English.
 * `pageInEveryLocale('de', contactPath)` → canonical `/de/contact/`, switcher to `/en/contact/`.
 */
export function pageInEveryLocale(locale: Locale, pathOf: (locale: Locale) => string) {
  const other = otherLocale(locale);
  return {
    canonicalPath: pathOf(locale),
    alternates: LOCALES.map((each) => ({ locale: each, path: pathOf(each) })),
    defaultPath: pathOf(DEFAULT_LOCALE),
    languageLink: { locale: other, href: pathOf(other) },
  };
}

/**
 * Head and switcher links for page `page` of a list that exists in every locale (a tag, the
 * translation work): the first page has hreflang alternates and x-default; a later page is its
 * own canonical without them (its items differ by locale); the switcher leads to the other
 * locale's first page.
 */
export function listPageInEveryLocale(locale: Locale, page: number, pathOf: (locale: Locale, page: number) => string) {
  const first = pageInEveryLocale(locale, (each) => pathOf(each, 1));
  return page > 1 ? { ...first, canonicalPath: pathOf(locale, page), alternates: [], defaultPath: undefined } : first;
}

/**
 * "Edit this page": the repository's web editor for a source file.
 * `sourceEditUrl('https://github.com/o/r', 'content/articles/en/x.mdx')` → `https://github.com/o/r/edit/main/content/articles/en/x.mdx`.
 */
export function sourceEditUrl(repository: string, file: string): string {
  return `${repository}/edit/main/${file}`;
}

/** "Translate this article": the contributor guide's section on translations. */
export function translationGuideUrl(repository: string): string {
  return `${repository}/blob/main/CONTRIBUTING.md#translate-an-article`;
}

/** `/de/my-topic.md`: an article version's Markdown twin. */
export function markdownPath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}.md`;
}

/**
 * `/llms.txt` (llmstxt.org): an index of the per-year files below, per locale; `/llms-full.txt`:
 * the text of the newest originals (the address the site first published for the full text).
 */
export const LLMS_TXT_PATH = '/llms.txt';
export const LLMS_FULL_TXT_PATH = '/llms-full.txt';

/** `/llms/en/2017.txt`: a locale's articles of a year, each with the link to its Markdown twin. */
export function llmsListPath(locale: Locale, year: string): string {
  return `/llms/${locale}/${year}.txt`;
}

/** `/llms/en/2017-full.txt` (or a long year's month, `/llms/en/2017-04-full.txt`): the full text of a locale's versions. */
export function llmsFullPath(locale: Locale, period: string): string {
  return `/llms/${locale}/${period}-full.txt`;
}

/** `/en/feed.xml`: a locale's RSS feed. */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** The old blog's Atom feed (every article in its original language), kept at its address. */
export const ATOM_FEED_PATH = '/atom.xml';

/** The old blog's sitemap address: a copy of the sitemap index (`/sitemap-index.xml`). */
export const OLD_SITEMAP_PATH = '/sitemap.xml';

/** The image link previews show for every page (Open Graph, Twitter card, an article's JSON-LD). */
export const SHARE_IMAGE_PATH = '/og-image.png';

/** `/de/serverless-services.csv`: the serverless table's data as a download. */
export function servicesDownloadPath(locale: Locale, format: 'json' | 'csv'): string {
  return `/${locale}/serverless-services.${format}`;
}
