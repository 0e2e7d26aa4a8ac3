/**
 * What the sources say the built site holds: the published article files, the page plan of
 * src/lib/article-pages.ts and every page the build must write. Tests compare the built output
 * with these, so an expectation never comes from the output under test.
 */
import { readArticleSources, statusSources, type ArticleSourceFile } from '../../scripts/lib/article-sources.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { planArticlePages, type ArticlePage } from '../../src/lib/article-pages.ts';
import { byNewest } from '../../src/lib/dates.ts';
import { archivePages, pageSlices } from '../../src/lib/list-pages.ts';
import { translationStatus, translationWork } from '../../src/lib/translation-status.ts';
import { readRetiredAddresses } from '../../src/lib/retired-addresses.ts';
import {
  archivePath,
  articlePath,
  contactPath,
  homePath,
  searchPath,
  tagPath,
  tagsPath,
  translationsPath,
} from '../../src/lib/urls.ts';
import { articleFacts } from './article-facts.ts';
import { ROOT } from './site-copy.ts';

/** The frontmatter fields the tests compare with pages (the schema guarantees their shape). */
export interface ArticleFrontmatter {
  title: string;
  description: string;
  tags: string[];
  /** `YYYY-MM-DD` */
  pubDate: string;
  draft?: boolean;
  translationOf?: string;
  formerSlugs?: string[];
  /** Old heading id → the heading's id now. */
  formerHeadingIds?: Record<string, string>;
}

export interface PlannedArticlePage extends ArticlePage {
  /** `/de/my-topic/` */
  path: string;
  /** The file whose text the page shows: its own version, or the original on a fallback page. */
  shown: ArticleSourceFile & { frontmatter: ArticleFrontmatter };
}

/** One page per published article (drafts left out) and locale, as the site plans them. */
export function plannedArticlePages(): PlannedArticlePage[] {
  const articles = readArticleSources(ROOT).articles as PlannedArticlePage['shown'][];
  const published = articles.filter((article) => article.frontmatter.draft !== true);
  const byId = new Map(published.map((article) => [article.id, article]));
  const plan = planArticlePages(
    published.map(({ id, locale, slug, file, frontmatter }) => ({
      id,
      locale,
      slug,
      file,
      translationOf: frontmatter.translationOf,
    })),
  );
  return plan.map((page) => ({ ...page, path: articlePath(page.locale, page.slug), shown: byId.get(page.entryId)! }));
}

/** A fallback page without the serverless table shows the original's sections, not its text (src/data/article-page-props.ts). */
export function outlineOnly(page: PlannedArticlePage): boolean {
  return page.kind === 'fallback' && !page.shown.body.includes('<ServerlessTable');
}

/** A locale's article pages newest first (by their shown file's date), as its lists show them. */
export function plannedNewestFirst(locale: Locale): (PlannedArticlePage & { pubDate: Date })[] {
  return plannedArticlePages()
    .filter((page) => page.locale === locale)
    .map((page) => ({ ...page, pubDate: new Date(page.shown.frontmatter.pubDate) }))
    .sort(byNewest);
}

/** Every page of a locale's lists: the archive's years (and months), each tag's pages, the translation work's pages. */
export function plannedListPages(locale: Locale): string[] {
  const newest = plannedNewestFirst(locale);
  const published = readArticleSources(ROOT).articles.filter((article) => article.frontmatter.draft !== true);
  const work = translationWork(translationStatus(statusSources(published)), LOCALES);
  return [
    ...pageSlices(work).map((_, index) => translationsPath(locale, index + 1)),
    archivePath(locale),
    ...archivePages(newest).map((page) => archivePath(locale, page.segments)),
    ...plannedTags(locale).flatMap((tag) =>
      pageSlices(newest.filter((page) => page.shown.frontmatter.tags.includes(tag))).map((_, index) =>
        tagPath(locale, tag, index + 1),
      ),
    ),
  ];
}

/** The tags of a locale's article pages (their shown files' frontmatter), each once, sorted. */
export function plannedTags(locale: Locale): string[] {
  const tags = plannedArticlePages()
    .filter((page) => page.locale === locale)
    .flatMap((page) => page.shown.frontmatter.tags);
  return [...new Set(tags)].sort();
}

export interface SitePlan {
  /** Pages for readers and search engines: the sitemap lists exactly these. */
  indexable: string[];
  /** Pages for readers that are not in the sitemap: fallback article pages (their canonical is the original) and the 404 page (noindex). */
  unindexed: string[];
  /**
   * Article pages again at their old addresses (the old blog's permalinks, former slugs), which send
   * readers on: not in the sitemap, their canonical is the article's. Mapped to that article page.
   */
  oldAddresses: Map<string, PlannedArticlePage>;
  /** Static redirect pages (noindex too): `/` and the retired pages of content/retired.yaml. */
  redirects: string[];
  /** All of them, sorted as `builtPages()` lists them. */
  all: string[];
}

/** Every page the build must write, from the content and the site's fixed routes (src/pages/). */
export function sitePlan(): SitePlan {
  const articles = plannedArticlePages();
  const indexable = [
    ...LOCALES.flatMap((locale) => [
      homePath(locale),
      contactPath(locale),
      searchPath(locale),
      tagsPath(locale),
      ...plannedListPages(locale),
    ]),
    ...articles.filter((page) => page.kind !== 'fallback').map((page) => page.path),
  ];
  const unindexed = ['/404.html', ...articles.filter((page) => page.kind === 'fallback').map((page) => page.path)];
  const oldAddresses = new Map([
    ...articleFacts.map((facts) => [
      `/${facts.permalinkDate}/${facts.slug}/`,
      articles.find((page) => page.locale === facts.locale && page.slug === facts.slug)!,
    ]),
    ...articles.flatMap((page) => {
      const original = articles.find(({ locale, slug }) => slug === page.slug && locale === page.originalLocale)!;
      return (original.shown.frontmatter.formerSlugs ?? []).map((slug) => [articlePath(page.locale, slug), page]);
    }),
  ] as [string, PlannedArticlePage][]);
  const redirects = ['/', ...[...readRetiredAddresses(ROOT).keys()].filter((address) => address.endsWith('/'))];
  return {
    indexable,
    unindexed,
    oldAddresses,
    redirects,
    all: [...indexable, ...unindexed, ...oldAddresses.keys(), ...redirects].sort(),
  };
}
