import { DEFAULT_LOCALE, LOCALES, otherLocale, type Locale } from '../i18n/locales.ts';

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

/** `/de/tags/aws/` */
export function tagPath(locale: Locale, tag: string): string {
  return `/${locale}/tags/${tag}/`;
}

/** `/en/search/`: the search page (`?q=` holds the query). */
export function searchPath(locale: Locale): string {
  return `/${locale}/search/`;
}

/** `/de/translations/`: which articles are translated, and which translations are outdated. */
export function translationsPath(locale: Locale): string {
  return `/${locale}/translations/`;
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

/** `/llms.txt` (llmstxt.org): every article's Markdown twin, per locale; `/llms-full.txt`: every original's text. */
export const LLMS_TXT_PATH = '/llms.txt';
export const LLMS_FULL_TXT_PATH = '/llms-full.txt';

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
