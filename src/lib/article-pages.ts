import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { ArticleFile } from './article-files.ts';

/** What the page planner needs to know about one article file. */
export interface ArticleSource extends Pick<ArticleFile, 'id' | 'locale' | 'slug' | 'file'> {
  /** Entry id of the original this file translates, e.g. `en/the-serverless-test`. */
  translationOf?: string;
}

export type PageKind = 'original' | 'translation' | 'fallback';

export interface ArticlePage {
  locale: Locale;
  slug: string;
  kind: PageKind;
  /** The entry whose body this page shows (the original's on a fallback page). */
  entryId: string;
  /** The original article's entry id and locale. */
  originalId: string;
  originalLocale: Locale;
  /** The real versions of this article (original and translations), for hreflang and the switcher. */
  versions: { locale: Locale; kind: 'original' | 'translation' }[];
}

/**
 * Plans one page per article and locale:
 * - the article itself where that locale version exists (original or translation),
 * - otherwise a fallback page that shows the original.
 * Throws one message listing every inconsistency, each naming the file and field.
 */
export function planArticlePages(sources: ArticleSource[]): ArticlePage[] {
  const errors: string[] = [];
  const bySlug = new Map<string, ArticleSource[]>();
  for (const source of sources) {
    bySlug.set(source.slug, [...(bySlug.get(source.slug) ?? []), source]);
  }
  const pages: ArticlePage[] = [];
  for (const [slug, group] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const originals = group.filter((source) => !source.translationOf);
    for (const source of group) {
      if (source.translationOf && source.translationOf !== `${source.translationOf.split('/')[0]}/${slug}`) {
        errors.push(
          `${source.file}: field "translationOf" is "${source.translationOf}", but a translation must keep its original's slug ("<locale>/${slug}")`,
        );
      } else if (source.translationOf === source.id) {
        errors.push(
          `${source.file}: field "translationOf" points to this article itself; name the original in the other locale`,
        );
      } else if (source.translationOf && !group.some((other) => other.id === source.translationOf)) {
        errors.push(`${source.file}: field "translationOf" points to "${source.translationOf}", which does not exist`);
      } else if (source.translationOf && group.find((other) => other.id === source.translationOf)?.translationOf) {
        errors.push(
          `${source.file}: field "translationOf" points to "${source.translationOf}", which is itself a translation`,
        );
      }
    }
    if (originals.length !== 1) {
      if (originals.length > 1) {
        errors.push(
          `${originals.map((source) => source.file).join(' and ')}: the same slug "${slug}" in two locales, but neither sets "translationOf"; mark the translation`,
        );
      }
      continue;
    }
    const original = originals[0]!;
    const versions = group
      .map((source) => ({
        locale: source.locale,
        kind: source.translationOf ? ('translation' as const) : ('original' as const),
      }))
      .sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
    for (const locale of LOCALES) {
      const own = group.find((source) => source.locale === locale);
      pages.push({
        locale,
        slug,
        kind: own ? (own.translationOf ? 'translation' : 'original') : 'fallback',
        entryId: own ? own.id : original.id,
        originalId: original.id,
        originalLocale: original.locale,
        versions,
      });
    }
  }
  if (errors.length > 0) throw new Error(`Article content is inconsistent:\n- ${errors.join('\n- ')}`);
  return pages;
}
