import { articlePath, contactPath, legacyArticlePath } from '../lib/urls.ts';
import { getArticlePages, type ArticlePageWithEntries } from './articles.ts';

/**
 * The articles the old blog published (Jekyll, permalink `:year/:month/:day/:title/`). Only these
 * ever had an old address; an article first published here gets none. tests/dist checks each one
 * against the facts of the old blog.
 */
export const OLD_BLOG_ARTICLES: readonly string[] = [
  'aws-aurora-external-mysql-primary-gtids',
  'aurora-xtrabackup',
  'serverless-a-new-model-to-run-software',
  'the-serverless-test',
  'advantages-aws-multi-account-architecture',
  'paul-o-neill-the-irreducible-components-of-leadership',
  'dead-mans-switch-backup-alerting-aws-cloudwatch',
  'lesegruppen-buchclubs-organisationales-lernen-unternehmen',
  'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery',
];

export interface LegacyRedirect {
  from: string;
  to: string;
  /** The article behind an old permalink (none for other old pages). */
  page?: ArticlePageWithEntries;
}

/** Old addresses of the blog and where they lead now: each old article's permalink, and the contact page. */
export async function getLegacyRedirects(): Promise<LegacyRedirect[]> {
  const originals = (await getArticlePages()).filter((page) => page.kind === 'original');
  return [
    ...originals
      .filter((page) => OLD_BLOG_ARTICLES.includes(page.slug))
      .map((page) => ({
        from: legacyArticlePath(page.entry.data.pubDate, page.slug),
        to: articlePath(page.locale, page.slug),
        page,
      })),
    { from: '/contact/', to: contactPath('en') },
  ];
}
