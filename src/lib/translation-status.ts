import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.ts';
import { planArticlePages, type ArticleSource } from './article-pages.ts';

/**
 * Which version of an original a translation was made from: the first 12 hex digits of the
 * SHA-256 of the original's body (the file after its frontmatter; line endings and surrounding
 * blank lines do not count). Translations record it in `originalHash`, so "outdated" needs no git
 * history and works in a shallow clone.
 */
export function bodyHash(body: string): string {
  const normalized = body.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

export type TranslationState = 'original' | 'up-to-date' | 'outdated' | 'missing';

/** A locale version's state: its own kind, and for a translation whether its original changed since. */
export function translationState(
  version: { kind: 'original' } | { kind: 'translation'; originalHash: string } | undefined,
  originalBody: string,
): TranslationState {
  if (!version) return 'missing';
  if (version.kind === 'original') return 'original';
  return version.originalHash === bodyHash(originalBody) ? 'up-to-date' : 'outdated';
}

/** One article source, as the status table needs it. */
export interface StatusSource extends ArticleSource {
  originalHash?: string;
  body: string;
  /** `YYYY-MM-DD`: when the text last changed (`updatedDate`, else `pubDate`). */
  changed: string;
}

export interface StatusRow {
  slug: string;
  states: Record<Locale, TranslationState>;
  /** Each existing version's source file (a missing one has none), for its edit link. */
  files: Partial<Record<Locale, string>>;
  /** For an outdated translation: the hash to record once it is brought up to date… */
  currentHash?: string;
  /** …and the day the original last changed (`YYYY-MM-DD`), newer than the translation's version. */
  originalChanged?: string;
}

/**
 * The translation status of every article (one row per slug, sorted) in every locale.
 * Inconsistent sources (a translation without its original) throw, as in the build.
 */
export function translationStatus(sources: StatusSource[]): StatusRow[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const pages = planArticlePages(sources);
  const rows = new Map<string, StatusRow>();
  for (const page of pages) {
    const original = byId.get(page.originalId)!;
    const own = page.kind === 'fallback' ? undefined : byId.get(page.entryId)!;
    const state = translationState(
      own && (own.translationOf ? { kind: 'translation', originalHash: own.originalHash ?? '' } : { kind: 'original' }),
      original.body,
    );
    const row = rows.get(page.slug) ?? { slug: page.slug, states: {} as Record<Locale, TranslationState>, files: {} };
    row.states[page.locale] = state;
    if (own) row.files[page.locale] = own.file;
    if (state === 'outdated') {
      row.currentHash = bodyHash(original.body);
      row.originalChanged = original.changed;
    }
    rows.set(page.slug, row);
  }
  return [...rows.values()];
}

/** How many articles each locale has in each state: the summary at the top of the status page. */
export function statusSummary(
  rows: StatusRow[],
  locales: readonly Locale[],
): Record<Locale, Record<TranslationState, number>> {
  const summary = Object.fromEntries(
    locales.map((locale) => [locale, { original: 0, 'up-to-date': 0, outdated: 0, missing: 0 }]),
  ) as Record<Locale, Record<TranslationState, number>>;
  for (const row of rows) for (const locale of locales) summary[locale][row.states[locale]] += 1;
  return summary;
}

/** One piece of translation work: a translation to bring up to date (its file) or to make. */
export interface TranslationWork {
  slug: string;
  locale: Locale;
  state: 'outdated' | 'missing';
  file?: string;
  originalChanged?: string;
}

/** The work the rows ask for, outdated translations first, then missing ones, each in the rows' order. */
export function translationWork(rows: StatusRow[], locales: readonly Locale[]): TranslationWork[] {
  const work = (state: TranslationWork['state']) =>
    rows.flatMap((row) =>
      locales
        .filter((locale) => row.states[locale] === state)
        .map((locale) => ({
          slug: row.slug,
          locale,
          state,
          file: row.files[locale],
          originalChanged: row.originalChanged,
        })),
    );
  return [...work('outdated'), ...work('missing')];
}
