import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ after every production build: one index
 * per page language (German with German stemming). Only elements marked `data-pagefind-body`
 * are indexed: the text of originals and translations, never a fallback page's borrowed text.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kb-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        // Only article pages can hold indexed text; skipping the rest saves reading thousands of files.
        const added = await index.addDirectory({ path: dist, glob: '{en,de}/*/index.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
