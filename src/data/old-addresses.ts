import { OLD_BLOG_ARTICLES } from '../lib/old-blog.ts';
import { readRetiredAddresses } from '../lib/retired-addresses.ts';
import { splitAddress } from '../lib/published-links.ts';
import { articlePath, legacyArticlePath, markdownPath } from '../lib/urls.ts';
import { getArticlePages, type ArticlePageWithEntries } from './articles.ts';

/** The old blog's permalink of an original it published, e.g. `/2017/07/09/<slug>/`; none for others. */
export function oldBlogPermalink(page: ArticlePageWithEntries): string | undefined {
  return page.kind === 'original' && OLD_BLOG_ARTICLES.includes(page.slug)
    ? legacyArticlePath(page.entry.data.pubDate, page.slug)
    : undefined;
}

/** Where an article page stood under the article's former slugs: `/de/old-topic/` for `/de/topic/`. */
export function formerSlugPaths(page: ArticlePageWithEntries): string[] {
  return (page.original.data.formerSlugs ?? []).map((slug) => articlePath(page.locale, slug));
}

/** Every old address of an article page: its old blog permalink and its former-slug addresses. */
export function oldAddresses(page: ArticlePageWithEntries): string[] {
  const permalink = oldBlogPermalink(page);
  return [...(permalink ? [permalink] : []), ...formerSlugPaths(page)];
}

/** Retired addresses (content/retired.yaml) of whole pages and twins; section links stay on their page. */
export function retiredPaths(): { from: string; to: string }[] {
  return [...readRetiredAddresses()]
    .filter(([address]) => splitAddress(address)[1] === undefined)
    .map(([from, to]) => ({ from, to }));
}

/**
 * Every old address and where it leads, for hosts that answer with real 301s (`/_redirects`):
 * old blog permalinks and former slugs of each article page (and of its Markdown twin), and the
 * retired pages. The static pages at these addresses send readers on too, also without `_redirects`.
 */
export async function getRedirects(): Promise<{ from: string; to: string }[]> {
  const pages = await getArticlePages();
  return [
    ...pages.flatMap((page) => oldAddresses(page).map((from) => ({ from, to: articlePath(page.locale, page.slug) }))),
    ...pages
      .filter((page) => page.kind !== 'fallback')
      .flatMap((page) =>
        (page.original.data.formerSlugs ?? []).map((slug) => ({
          from: markdownPath(page.locale, slug),
          to: markdownPath(page.locale, page.slug),
        })),
      ),
    ...retiredPaths(),
  ];
}
