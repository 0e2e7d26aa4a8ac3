import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';

/**
 * A date as readers of the locale expect it; frontmatter dates are calendar days (UTC).
 * - `formatDate(new Date('2023-03-10'), 'en')` → `10 March 2023`
 * - `formatDate(new Date('2023-03-10'), 'de')` → `10. März 2023`
 */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormats[locale].format(date);
}

// Creating an Intl formatter is costly; a build formats thousands of dates.
const dateFormats = Object.fromEntries(
  Object.entries(LOCALE_INFO).map(([locale, { intl }]) => [
    locale,
    new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** A month as readers of the locale name it: `formatMonth('2023', '03', 'de')` → `März 2023`. */
export function formatMonth(year: string, month: string, locale: Locale): string {
  return monthFormats[locale].format(new Date(`${year}-${month}-01`));
}

const monthFormats = Object.fromEntries(
  Object.entries(LOCALE_INFO).map(([locale, { intl }]) => [
    locale,
    new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** `2023-03-10`: for `<time datetime>` and feeds. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Newest first; ties broken by slug so the order is stable. */
export function byNewest<T extends { pubDate: Date; slug: string }>(a: T, b: T): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || a.slug.localeCompare(b.slug);
}

/** Groups items by the UTC year of their date, keeping their order: newest year first for newest-first input. */
export function groupByYear<T extends { pubDate: Date }>(items: T[]): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of items) {
    const year = item.pubDate.getUTCFullYear();
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
