import { LOCALES } from '../i18n/locales.ts';
import { relatedArticlesAmong } from '../lib/related.ts';
import { getLocaleArticlePages, type ArticlePageWithEntries, type DatedArticlePage } from './articles.ts';
import { oldAddresses } from './old-addresses.ts';

/** What src/components/ArticlePage.astro needs to render one article page. */
export interface ArticlePageProps {
  page: DatedArticlePage;
  newer?: ArticlePageWithEntries;
  older?: ArticlePageWithEntries;
  related: DatedArticlePage[];
  /** How many pages of the build show this page's text (the original, its fallback pages, old addresses). */
  textPages: number;
}

/**
 * A fallback page shows the original's summary and sections (src/components/FallbackOutline.astro),
 * not its text, unless the text shows the serverless table, whose row links must land in it.
 */
export function isOutlineOnly(page: ArticlePageWithEntries): boolean {
  return page.kind === 'fallback' && !(page.entry.body ?? '').includes('<ServerlessTable');
}

/**
 * The props of every article page (each article in each locale, real or fallback), newest first per
 * locale. Related articles are chosen by the shown entry's frontmatter (a fallback page shows the
 * original's); pages at old addresses (src/data/old-addresses.ts) show the same text and count.
 */
export async function getArticlePageProps(): Promise<ArticlePageProps[]> {
  const asCandidate = (page: DatedArticlePage) => ({
    page,
    locale: page.locale,
    slug: page.slug,
    pubDate: page.pubDate,
    tags: page.entry.data.tags,
    draft: page.entry.data.draft,
  });
  const perLocale = await Promise.all(LOCALES.map((locale) => getLocaleArticlePages(locale)));
  const pagesShowing = new Map<string, number>();
  for (const page of perLocale.flat()) {
    if (isOutlineOnly(page)) continue;
    pagesShowing.set(page.entryId, (pagesShowing.get(page.entryId) ?? 0) + 1 + oldAddresses(page).length);
  }
  return perLocale.flatMap((pages) => {
    const relatedTo = relatedArticlesAmong(pages.map(asCandidate));
    return pages.map((page, index) => ({
      page,
      newer: pages[index - 1],
      older: pages[index + 1],
      // A fallback page without the text shows none (src/components/ArticlePage.astro).
      related: isOutlineOnly(page) ? [] : relatedTo(asCandidate(page)).map(({ page }) => page),
      textPages: pagesShowing.get(page.entryId) ?? 0,
    }));
  });
}
