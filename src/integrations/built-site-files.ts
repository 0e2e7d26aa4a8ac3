import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFeeds } from './feeds.ts';
import { startSearchIndex } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';

/**
 * After `astro build`, the files made from the finished pages: the search index, the feeds and
 * `/_headers` with a policy that allows what every page's own Content Security Policy allows.
 * Pagefind parses the pages in its own process while Node writes the feeds and the headers, so on
 * two cores its parsing costs no wall time (BENCHMARKS.md).
 */
export function builtSiteFiles(): AstroIntegration {
  let config: { root: URL; cacheDir: URL };
  return {
    name: 'kb-built-site-files',
    hooks: {
      'astro:config:done': (options) => {
        config = options.config;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const search = await startSearchIndex(
          dist,
          fileURLToPath(new URL('content/articles/', config.root)),
          // On the project's file system, so the pages can be hard-linked there.
          fileURLToPath(new URL('search-pages/', config.cacheDir)),
        );
        writeFeeds(dist, logger);
        writeSecurityHeaders(dist);
        await search.finish(logger);
      },
    },
  };
}
