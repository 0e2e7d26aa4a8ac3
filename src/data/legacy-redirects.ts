import { articlePath, contactPath, legacyArticlePath } from '../lib/urls.ts';
import { getArticlePages, type ArticlePageWithEntries } from './articles.ts';

export interface LegacyRedirect {
  from: string;
  to: string;
  /** The article behind an old permalink (none for other old pages). */
  page?: ArticlePageWithEntries;
}

/** Old addresses of the blog and where they lead now: each article's permalink, and the contact page. */
export async function getLegacyRedirects(): Promise<LegacyRedirect[]> {
  const originals = (await getArticlePages()).filter((page) => page.kind === 'original');
  return [
    ...originals.map((page) => ({
      from: legacyArticlePath(page.entry.data.pubDate, page.slug),
      to: articlePath(page.locale, page.slug),
      page,
    })),
    { from: '/contact/', to: contactPath('en') },
  ];
}
