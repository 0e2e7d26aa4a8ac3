import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { Feed } from 'feed';
import { parse } from 'node-html-parser';
import { dictionaries } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { SITE } from '../site-config.ts';
import { tagLabel } from '../lib/tags.ts';
import { OLD_BLOG_ARTICLES } from '../lib/old-blog.ts';
import { ATOM_FEED_PATH, feedPath, legacyArticlePath } from '../lib/urls.ts';

/** Items in a locale's feed: a stream of the newest, not an archive. */
const FEED_SIZE = 20;
/** How many of the newest originals /atom.xml lists (summary and link each): it must not grow with the base. */
export const ATOM_SIZE = 50;

export interface BuiltArticle {
  /** Where the page is in dist/: `en/slug/index.html`. */
  file: string;
  url: string;
  locale: Locale;
  title: string;
  description: string;
  published: Date;
  modified: Date;
  tags: string[];
  isTranslation: boolean;
}

/**
 * What a feed needs of a built page, from its BlogPosting JSON-LD, so no article is rendered a
 * second time; undefined for pages without one (fallback pages and every page that is no article).
 */
export function builtArticle(file: string, html: string): BuiltArticle | undefined {
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) return undefined;
  const data = JSON.parse(json);
  if (data['@type'] !== 'BlogPosting') return undefined;
  return {
    file,
    url: data.url,
    locale: data.inLanguage,
    title: data.headline,
    description: data.description,
    published: new Date(data.datePublished),
    modified: new Date(data.dateModified),
    tags: String(data.keywords).split(', '),
    isTranslation: Boolean(data.translationOfWork),
  };
}

/** The article body as it appears on the page, minus interactive parts, with absolute URLs. */
function articleContent(dist: string, article: BuiltArticle): string {
  const prose = parse(readFileSync(join(dist, article.file), 'utf8')).querySelector('main .prose')!;
  for (const element of prose.querySelectorAll('form, button, script, .heading-anchor, .row-link, .count, .empty')) {
    element.remove();
  }
  for (const element of prose.querySelectorAll('[href], [src]')) {
    for (const attribute of ['href', 'src']) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, new URL(value, article.url).href);
    }
  }
  return prose.innerHTML;
}

/**
 * A feed of the given articles; `content` gives each article's body (the locale feeds), without
 * it entries carry the summary and link only (the all-articles /atom.xml).
 */
function newFeed(options: {
  /** The feed's own address. */
  self: string;
  /** Its permanent id (Atom); the address unless the feed had another before. */
  id?: string;
  /** An entry's permanent id; its URL unless it had another before. */
  itemId?: (article: BuiltArticle) => string;
  title: string;
  description: string;
  language: string;
  link: string;
  items: BuiltArticle[];
  content?: (article: BuiltArticle) => string;
}): Feed {
  const feed = new Feed({
    id: options.id ?? options.self,
    title: options.title,
    description: options.description,
    link: options.link,
    language: options.language,
    updated: options.items[0]?.modified,
    copyright: `CC BY 4.0, ${SITE.author}`,
    author: { name: SITE.author, link: SITE.origin },
    generator: false,
    // The feed's own address: Atom's <link rel="self">, RSS's <atom:link rel="self">.
    feed: options.self,
  });
  for (const article of options.items) {
    feed.addItem({
      title: article.title,
      id: options.itemId?.(article) ?? article.url,
      link: article.url,
      date: article.modified,
      published: article.published,
      description: article.description,
      content: options.content?.(article),
      // Atom needs the term (RFC 4287 §4.2.2) and shows the label; RSS shows the name.
      category: article.tags.map((tag) => ({ term: tag, name: tagLabel(tag) })),
    });
  }
  return feed;
}

/** The id the old blog's feed gave an article it published (its permalink); other articles' URL. */
export function oldBlogEntryId(article: Pick<BuiltArticle, 'url' | 'published' | 'isTranslation'>): string {
  const slug = new URL(article.url).pathname.split('/')[2]!;
  return !article.isTranslation && OLD_BLOG_ARTICLES.includes(slug)
    ? new URL(legacyArticlePath(article.published, slug), SITE.origin).href
    : article.url;
}

type DatedArticle = Pick<BuiltArticle, 'published' | 'url'>;

const newestFirst = (a: DatedArticle, b: DatedArticle) =>
  b.published.getTime() - a.published.getTime() || a.url.localeCompare(b.url);

/** What a locale's feed lists: its articles (originals and translations), the newest FEED_SIZE, newest first. */
export function localeFeedItems<Article extends DatedArticle & Pick<BuiltArticle, 'locale'>>(
  articles: Article[],
  locale: Locale,
): Article[] {
  return articles
    .filter((article) => article.locale === locale)
    .sort(newestFirst)
    .slice(0, FEED_SIZE);
}

/** Writes /<locale>/feed.xml (RSS 2.0, full text of the newest 20) and /atom.xml (the blog's old feed, the newest ATOM_SIZE). */
export function writeFeeds(dist: string, builtArticles: BuiltArticle[], logger: AstroIntegrationLogger): void {
  const started = performance.now();
  const articles = [...builtArticles].sort(newestFirst);
  for (const locale of LOCALES) {
    const t = dictionaries[locale];
    const feed = newFeed({
      self: `${SITE.origin}${feedPath(locale)}`,
      title: `${t['site.title']} (${t['site.language']})`,
      description: t['home.description'],
      language: locale,
      link: `${SITE.origin}/${locale}/`,
      items: localeFeedItems(articles, locale),
      content: (article) => articleContent(dist, article),
    });
    writeFileSync(`${dist}${feedPath(locale)}`, feed.rss2());
  }
  // The old address keeps working: the newest originals, each in its original language, as Atom.
  const originals = articles.filter((article) => !article.isTranslation).slice(0, ATOM_SIZE);
  const atom = newFeed({
    self: `${SITE.origin}${ATOM_FEED_PATH}`,
    // An Atom id never changes, also when the document moves (RFC 4287 §4.2.6): the old blog's feed
    // id and entry ids (its permalinks) stay, so feed readers do not show its articles as new.
    id: `${SITE.origin}/`,
    itemId: oldBlogEntryId,
    title: dictionaries.en['site.title'],
    description: dictionaries.en['home.description'],
    language: 'en',
    link: `${SITE.origin}/`,
    items: originals,
  });
  writeFileSync(`${dist}${ATOM_FEED_PATH}`, atom.atom1());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(
    `feeds: ${LOCALES.map(feedPath).join(', ')}, ${ATOM_FEED_PATH} (${originals.length} articles) in ${seconds} s`,
  );
}
