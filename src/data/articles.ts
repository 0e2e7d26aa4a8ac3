import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { planArticlePages, type ArticlePage } from '../lib/article-pages.ts';
import { byNewest, isoDay } from '../lib/dates.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import { translationState, translationStatus, type StatusRow } from '../lib/translation-status.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** `en/my-topic` → `{ locale: 'en', slug: 'my-topic' }` (the loader has checked the shape). */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split('/') as [Locale, string];
  return { locale, slug };
}

/** The `lang` of a page's text shown in a list of `locale`: its content locale where that differs, else none. */
export function foreignLang(page: ArticlePageWithEntries, locale: Locale): Locale | undefined {
  const contentLocale = splitEntryId(page.entry.id).locale;
  return contentLocale === locale ? undefined : contentLocale;
}

/** All articles that may be published: drafts only in `astro dev`. */
export async function getArticles(): Promise<ArticleEntry[]> {
  return getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
}

export interface ArticlePageWithEntries extends ArticlePage {
  entry: ArticleEntry;
  original: ArticleEntry;
  /** A translation made from an older version of the original (readers see a notice). */
  outdated: boolean;
  /** Minutes to read the shown entry: counted once here, shown on its page and in every list. */
  readingMinutes: number;
}

let plannedPages: Promise<ArticlePageWithEntries[]> | undefined;

/**
 * One page per article and locale (real versions and fallbacks), with the entries they show.
 * Planned once per production build (every page with an article list asks); in `astro dev`
 * every call reads the collection again, so edits show up.
 */
export function getArticlePages(): Promise<ArticlePageWithEntries[]> {
  if (import.meta.env.DEV) return planPages();
  return (plannedPages ??= planPages());
}

async function planPages(): Promise<ArticlePageWithEntries[]> {
  const entries = await getArticles();
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const minutes = new Map(entries.map((entry) => [entry.id, readingMinutes(entry.body ?? '')]));
  const pages = planArticlePages(
    entries.map((entry) => ({
      id: entry.id,
      ...splitEntryId(entry.id),
      // The glob loader sets the path from the project root, e.g. `content/articles/en/my-topic.mdx`.
      file: entry.filePath!,
      translationOf: entry.data.translationOf,
    })),
  );
  return pages.map((page) => {
    const entry = byId.get(page.entryId)!;
    const original = byId.get(page.originalId)!;
    const outdated =
      page.kind === 'translation' &&
      translationState({ kind: 'translation', originalHash: entry.data.originalHash ?? '' }, original.body ?? '') ===
        'outdated';
    return { ...page, entry, original, outdated, readingMinutes: minutes.get(entry.id)! };
  });
}

/** An article page with the date it is listed and sorted by (its shown entry's pubDate). */
export interface DatedArticlePage extends ArticlePageWithEntries {
  pubDate: Date;
}

/** A locale's article pages (its own articles, translations and fallbacks), newest first. */
export async function getLocaleArticlePages(locale: Locale): Promise<DatedArticlePage[]> {
  return (await getArticlePages())
    .filter((page) => page.locale === locale)
    .map((page) => ({ ...page, pubDate: page.entry.data.pubDate }))
    .sort(byNewest);
}

/** Every published article in every locale: original, up to date, outdated or missing (as `npm run i18n:status` reports). */
export async function getTranslationStatus(): Promise<StatusRow[]> {
  return translationStatus(
    (await getArticles()).map((entry) => ({
      id: entry.id,
      ...splitEntryId(entry.id),
      file: entry.filePath!,
      translationOf: entry.data.translationOf,
      originalHash: entry.data.originalHash,
      body: entry.body ?? '',
      changed: isoDay(entry.data.updatedDate ?? entry.data.pubDate),
    })),
  );
}
