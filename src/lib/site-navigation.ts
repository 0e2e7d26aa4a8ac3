import type { Locale } from '../i18n/locales.ts';
import { contactPath, homePath, searchPath, translationsPath } from './urls.ts';

/** The entries of the header's navigation (SiteHeader.astro). */
export type NavEntry = 'articles' | 'contact';

/**
 * Which navigation entry the page at `pathname` belongs to, as `aria-current` says it: `page` on the
 * entry's own page, `true` on a page within its section (an article, a tag, the archive). The
 * search, the translation status and pages outside a locale belong to none.
 */
export function currentNavEntry(
  pathname: string,
  locale: Locale,
): { entry: NavEntry; current: 'page' | 'true' } | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === homePath(locale)) return { entry: 'articles', current: 'page' };
  if (path === contactPath(locale)) return { entry: 'contact', current: 'page' };
  if ([searchPath(locale), translationsPath(locale)].some((prefix) => path.startsWith(prefix))) return undefined;
  return path.startsWith(homePath(locale)) ? { entry: 'articles', current: 'true' } : undefined;
}
