import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { mergePolicies, withOwnPolicy } from '../lib/csp.ts';
import { LOCALES } from '../i18n/locales.ts';
import { ATOM_FEED_PATH, feedPath, OLD_SITEMAP_PATH } from '../lib/urls.ts';
import { builtArticle, writeFeeds, type BuiltArticle } from './feeds.ts';
import { isIndexable, languageVersions, type LanguageVersion } from './indexable.ts';
import { PublishedAddresses } from './published-links.ts';
import { SearchIndex } from './search-index.ts';
import { SECURITY_TXT_PATH, writeSecurityHeaders } from './security-headers.ts';

/** What the files written after the build need to know of the pages, noted as each page renders. */
export class RenderedPages {
  /** Each page's own Content Security Policy, by page URL. */
  readonly policies = new Map<string, string>();
  /** The pages that belong in the sitemap, by URL, with their language versions. */
  readonly indexable = new Map<string, LanguageVersion[] | undefined>();
  readonly articles: BuiltArticle[] = [];

  /** What all pages' policies allow; merged in the order of the URLs, since pages render in any order. */
  mergedPolicy(): string {
    return mergePolicies([...this.policies].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, policy]) => policy));
  }

  /**
   * A rendered HTML page as it is written (`file` in dist/): its `<meta>` policy narrowed to its
   * own inline styles and scripts.
   */
  add(pageUrl: string, file: string, rendered: string): string {
    const { html, policy } = withOwnPolicy(rendered);
    if (!policy) throw new Error(`security headers: ${new URL(pageUrl).pathname} has no Content Security Policy`);
    this.policies.set(pageUrl, policy);
    if (isIndexable(pageUrl, html)) this.indexable.set(pageUrl, languageVersions(html));
    const article = builtArticle(file, html);
    if (article) this.articles.push(article);
    return html;
  }
}

/**
 * The files made from the pages, read once as each page renders (Astro's prerenderer, wrapped):
 * the page's own CSP and what the files after the build need; then the search index (Pagefind
 * reads only the pages with indexed text, in its own process while the sitemap, the feeds and
 * `/_headers` are written). `sitemap` gives the sitemap its pages and their language versions
 * from what the pages said.
 * Node reads again only the 20 newest pages per locale whose text the feeds carry (a second pass
 * over every page took about 1 s at 1,000 articles).
 */
export function builtSiteFiles(): {
  integration: AstroIntegration;
  sitemap: { filter: (pageUrl: string) => boolean; serialize: (item: SitemapItem) => SitemapItem };
} {
  let config: { site?: string; cacheDir: URL; root: URL };
  const pages = new RenderedPages();
  const published = new PublishedAddresses();
  const search = new SearchIndex();
  const narrowing = (prerenderer: AstroPrerenderer): AstroPrerenderer => ({
    ...prerenderer,
    async render(request, options) {
      const rendered = await prerenderer.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      // Astro writes a redirect from its Location header. Other statuses are pages: the 404 page, and
      // old addresses outside the locales, to which Astro's i18n routing answers 404 in a build.
      const isRedirect = response.status >= 300 && response.status < 400;
      const isPage = response.headers.get('Content-Type')?.startsWith('text/html') && !isRedirect;
      const { pathname } = new URL(request.url);
      if (!isPage) {
        if (response.ok) published.note(pathname, response.headers, options.routeData.component);
        return rendered;
      }
      const headers = new Headers(response.headers);
      headers.delete('Content-Length');
      const { status, statusText } = response;
      // trailingSlash: 'always', so every page with text is written as <path>/index.html.
      const file = `${pathname.slice(1)}index.html`;
      const html = pages.add(new URL(pathname, config.site).href, file, await response.text());
      search.note(file, html);
      published.note(pathname, response.headers, options.routeData.component, html);
      const page = new Response(html, { status, statusText, headers });
      return rendered instanceof Response ? page : { ...rendered, response: page };
    },
  });
  const integration: AstroIntegration = {
    name: 'kb-built-site-files',
    hooks: {
      'astro:config:done': (options) => {
        config = options.config;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // On the project's file system, so the pages can be hard-linked there.
        search.open(fileURLToPath(new URL('search-pages/', config.cacheDir)));
        setPrerenderer(narrowing);
      },
      // Pagefind parses while the other integrations' hooks run (the sitemap).
      'astro:build:generated': ({ dir }) => search.start(fileURLToPath(dir)),
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        writeFeeds(dist, pages.articles, logger);
        writeSecurityHeaders(dist, pages.mergedPolicy());
        // The old blog's sitemap address, where search consoles still look: the sitemap index.
        copyFileSync(`${dist}/sitemap-index.xml`, `${dist}${OLD_SITEMAP_PATH}`);
        published.finish({
          root: fileURLToPath(config.root),
          dist,
          cacheDir: fileURLToPath(config.cacheDir),
          writtenBy: new Map([
            ...[...LOCALES.map(feedPath), ATOM_FEED_PATH].map((path) => [path, 'src/integrations/feeds.ts'] as const),
            [SECURITY_TXT_PATH, 'src/integrations/security-headers.ts'],
            [OLD_SITEMAP_PATH, 'src/integrations/built-site-files.ts'],
          ]),
          logger,
        });
        await search.write(dist, logger);
      },
    },
  };
  return {
    integration,
    sitemap: {
      filter: (pageUrl) => pages.indexable.has(pageUrl),
      serialize: (item) => ({ ...item, links: pages.indexable.get(item.url) }),
    },
  };
}
