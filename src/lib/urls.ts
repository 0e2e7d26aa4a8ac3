import type { Locale } from '../i18n/locales.ts';

/** `/de/my-topic/`: every article URL, original or fallback. */
export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/** `/en/`: a locale's home page. */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** `/en/contact/`. */
export function contactPath(locale: Locale): string {
  return `/${locale}/contact/`;
}
