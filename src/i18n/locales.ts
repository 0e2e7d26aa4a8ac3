/** The one list of site locales. Adding a locale starts here (and a dictionary beside this file). */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The other site locale: the target of the language switcher. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'de' : 'en';
}

/** BCP 47 tag for Intl formatting, Open Graph locale. */
export const LOCALE_INFO: Record<Locale, { intl: string; ogLocale: string }> = {
  en: { intl: 'en-GB', ogLocale: 'en_GB' },
  de: { intl: 'de-DE', ogLocale: 'de_DE' },
};

/** Shared `getStaticPaths` for pages that exist once per locale (`src/pages/[locale]/…`). */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

/** A locale's name in the reader's language: `languageName('de', 'en')` → `German`. */
export function languageName(locale: Locale, readerLocale: Locale): string {
  languageNames[readerLocale] ??= new Intl.DisplayNames([readerLocale], { type: 'language' });
  return languageNames[readerLocale].of(locale) ?? locale;
}

/** Intl.DisplayNames per reader locale, created once (pages ask thousands of times). */
const languageNames: Partial<Record<Locale, Intl.DisplayNames>> = {};
