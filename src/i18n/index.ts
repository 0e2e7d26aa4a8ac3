import type { Locale } from './locales.ts';
import { de } from './de.ts';
import { en, type UiKey } from './en.ts';

export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, de };

/** Fills `{name}` placeholders: `fill('{n} min', { n: 3 })` → `3 min`. Unknown names stay visible. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** `const t = useTranslations('de'); t('nav.home')` → `Artikel`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>): string => fill(dictionaries[locale][key], vars);
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

export type { Locale, UiKey };
