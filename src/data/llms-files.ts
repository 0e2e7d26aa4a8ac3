import { useTranslations } from '../i18n/index.ts';
import { languageName, LOCALES, type Locale } from '../i18n/locales.ts';
import { formatMonth } from '../lib/dates.ts';
import { archiveYears } from '../lib/list-pages.ts';
import { escapeMarkdown } from '../lib/markdown-twin.ts';
import { llmsFullPath, llmsListPath, markdownPath } from '../lib/urls.ts';
import { SITE } from '../site-config.ts';
import { getLocaleArticlePages, type DatedArticlePage } from './articles.ts';
import { articleMarkdown } from './markdown-twins.ts';

/**
 * The files /llms.txt points to, so none grows with the base: per locale and year, a list of the
 * articles (each with its Markdown twin) and their full text; a long year's text per month
 * (LONG_YEAR in src/lib/list-pages.ts), its year file then listing the months' files, so an
 * address once published stays when a year grows long.
 */
export interface LlmsFile {
  path: string;
  locale: Locale;
  /** `months`: a long year's full-text address, listing its months' files (`parts`). */
  kind: 'list' | 'full' | 'months';
  parts?: LlmsFile[];
  /** `2017`, or `April 2017` for a month's text, in the locale's words. */
  label: string;
  /** Newest first; a full-text file holds the locale's own versions only (a fallback's text is in its original's file). */
  pages: DatedArticlePage[];
}

/** The files /llms.txt lists, newest year first, each year's list before its text (a long year's months in `parts`). */
export async function llmsFiles(): Promise<LlmsFile[]> {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => ({ locale, years: archiveYears(await getLocaleArticlePages(locale)) })),
  );
  return perLocale.flatMap(({ locale, years }) =>
    years.flatMap((year): LlmsFile[] => {
      const list: LlmsFile = {
        path: llmsListPath(locale, year.year),
        locale,
        kind: 'list',
        label: year.year,
        pages: year.items,
      };
      const fullText = (period: string, label: string, pages: DatedArticlePage[]): LlmsFile => ({
        path: llmsFullPath(locale, period),
        locale,
        kind: 'full',
        label,
        pages: pages.filter((page) => page.kind !== 'fallback'),
      });
      const text = fullText(year.year, year.year, list.pages);
      if (text.pages.length === 0) return [list];
      if (!year.long) return [list, text];
      const parts = year.months
        .map((month) =>
          fullText(`${year.year}-${month.month}`, formatMonth(year.year, month.month, locale), month.items),
        )
        .filter((file) => file.pages.length > 0);
      return [list, { ...text, kind: 'months', parts }];
    }),
  );
}

/** A list line per article: its title linking its twin (the original's on a fallback page), its description. */
export function llmsListItem(page: DatedArticlePage, locale: Locale): string {
  const t = useTranslations(locale);
  const twinLocale = page.kind === 'fallback' ? page.originalLocale : locale;
  const url = new URL(markdownPath(twinLocale, page.slug), SITE.origin).href;
  const untranslated =
    page.kind === 'fallback'
      ? ` (${t('home.untranslated', { language: languageName(page.originalLocale, locale) })}, ${t('switcher.untranslated')})`
      : '';
  return `- [${escapeMarkdown(page.entry.data.title)}](${url}): ${page.entry.data.description}${untranslated}`;
}

/** A file's title in its locale: "Articles of 2017", "2017, full text". */
function llmsTitle(file: LlmsFile): string {
  const t = useTranslations(file.locale);
  return file.kind === 'list' ? t('archive.year', { year: file.label }) : t('llms.fullTitle', { period: file.label });
}

/** A file's line in /llms.txt or in a long year's file: its title linking it, and what it holds. */
export function llmsIndexItem(file: LlmsFile): string {
  const t = useTranslations(file.locale);
  const url = new URL(file.path, SITE.origin).href;
  const holds = t(file.kind === 'list' ? 'llms.list' : 'llms.full');
  return `- [${escapeMarkdown(llmsTitle(file))}](${url}): ${t('tags.count', { count: file.pages.length })}, ${holds}`;
}

/** The text of a file: a list in llms.txt's format, the twins between thematic breaks, or a long year's months. */
export async function llmsFileText(file: LlmsFile): Promise<string> {
  if (file.kind === 'full') {
    return (await Promise.all(file.pages.map((page) => articleMarkdown(page.entry)))).join('\n---\n\n');
  }
  const t = useTranslations(file.locale);
  const heading = `# ${t('site.title')}: ${llmsTitle(file)} (${languageName(file.locale, file.locale)})`;
  const items =
    file.kind === 'months' ? file.parts!.map(llmsIndexItem) : file.pages.map((page) => llmsListItem(page, file.locale));
  return `${heading}\n\n${items.join('\n')}\n`;
}
