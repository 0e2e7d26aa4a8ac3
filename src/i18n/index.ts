import type { Locale } from './locales.ts';
import { de } from './de.ts';
import { en, type CountedKey, type Dictionary, type TextKey, type UiKey } from './en.ts';
import { fill, plural, type CountVars, type TemplateVars } from './templates.ts';

export const dictionaries: Record<Locale, Dictionary> = { en, de };

/**
 * `const t = useTranslations('de'); t('nav.home')` → `Artikel`. A counted key needs `count`,
 * which picks the plural form: `t('search.results', { count: 1, query: 'gtid' })`.
 */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  function t(key: TextKey, vars?: TemplateVars): string;
  function t(key: CountedKey, vars: CountVars): string;
  function t(key: UiKey, vars: TemplateVars = {}): string {
    const entry = dictionary[key];
    // The overloads make sure that a counted key comes with its count.
    return typeof entry === 'string' ? fill(entry, vars) : plural(locale, entry, vars as CountVars);
  }
  return t;
}

/**
 * Splits a template around placeholders so components can put markup (links) in their place:
 * `splitTemplate('You can {hire}!')` → `['You can ', { slot: 'hire' }, '!']`.
 */
export function splitTemplate(template: string): (string | { slot: string })[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      return slot ? { slot } : part;
    });
}

export { fill };
export type { CountedKey, Locale, UiKey };
