import { plannedArticlePages } from './site-plan.ts';

/** A planned article page of `kind` (original, translation, fallback) in `locale`, if there is one. */
export function articleOfKind(kind: string, locale: string): string | undefined {
  return plannedArticlePages().find((page) => page.kind === kind && page.locale === locale)?.path;
}

/**
 * One page of every kind in both locales, for checks of the look: home, contact, search, tags, a
 * tag, the table page, an original, a translation and a fallback article (from the page plan), and
 * the 404 page. Sorted, each once.
 */
export function onePageOfEveryKind(): string[] {
  return [
    ...new Set(
      ['en', 'de'].flatMap((locale) => [
        `/${locale}/`,
        `/${locale}/contact/`,
        `/${locale}/search/`,
        `/${locale}/tags/`,
        `/${locale}/tags/aws/`,
        `/${locale}/the-serverless-test/`,
        ...['original', 'translation', 'fallback'].map((kind) => articleOfKind(kind, locale) ?? `/${locale}/`),
      ]),
    ),
    '/404.html',
  ].sort();
}
