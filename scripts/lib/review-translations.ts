/**
 * For `npm run review`: the translations a change makes outdated, that is an original edited while
 * its translation keeps the older `originalHash` (src/lib/translation-status.ts).
 */
import type { Locale } from '../../src/i18n/locales.ts';
import type { StatusRow } from '../../src/lib/translation-status.ts';
import { sourceEditUrl } from '../../src/lib/urls.ts';

export interface NewlyOutdated {
  slug: string;
  locale: Locale;
  /** The translation's source file. */
  file: string;
  /** What its `originalHash` must become once it is brought up to date. */
  hash: string;
}

/** Translations outdated after the change that were not before it (already outdated ones are old news). */
export function newlyOutdated(before: StatusRow[], after: StatusRow[]): NewlyOutdated[] {
  const wasOutdated = new Set(
    before.flatMap((row) =>
      Object.entries(row.states)
        .filter(([, state]) => state === 'outdated')
        .map(([locale]) => `${row.slug} ${locale}`),
    ),
  );
  return after.flatMap((row) =>
    (Object.entries(row.states) as [Locale, string][])
      .filter(([locale, state]) => state === 'outdated' && !wasOutdated.has(`${row.slug} ${locale}`))
      .map(([locale]) => ({ slug: row.slug, locale, file: row.files[locale]!, hash: row.currentHash! })),
  );
}

/** Markdown lines for the review: one per translation, with the link to edit it; none if there is none. */
export function formatNewlyOutdated(outdated: NewlyOutdated[], repository: string): string[] {
  if (outdated.length === 0) return [];
  return [
    `**Translations this change makes outdated (${outdated.length})**`,
    '',
    ...outdated.map(
      ({ file, hash }) =>
        `- \`${file}\`: its original changed. [Update the translation](${sourceEditUrl(repository, file)}), then set \`originalHash: '${hash}'\``,
    ),
    '',
  ];
}
