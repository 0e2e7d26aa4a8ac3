import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { checkArticleFiles, listArticlePaths } from '../lib/article-files.ts';

/** A search index being built in Pagefind's own process; `finish` writes it to dist/pagefind/. */
export interface PendingSearchIndex {
  finish(logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * Starts the Pagefind search index of a finished build: one index per page language (German with
 * German stemming), of the elements marked `data-pagefind-body`, the text of originals and
 * translations. Pagefind reads only the pages of article files (`stage`, hard links to them):
 * a fallback page holds no indexed text but would still be parsed, and every other page has none.
 * Returns once Pagefind has the pages: it parses them in its own process while the caller does
 * other work, which must replace pages rather than rewrite them in place (the links would see it).
 */
export async function startSearchIndex(dist: string, articlesDir: string, stage: string): Promise<PendingSearchIndex> {
  rmSync(stage, { recursive: true, force: true });
  for (const { locale, slug } of checkArticleFiles(listArticlePaths(articlesDir)).files) {
    const page = join(locale, slug, 'index.html');
    // A draft has no page; its slug's page in this locale, if any, is a fallback.
    if (!existsSync(join(dist, page))) continue;
    mkdirSync(dirname(join(stage, page)), { recursive: true });
    try {
      linkSync(join(dist, page), join(stage, page));
    } catch {
      copyFileSync(join(dist, page), join(stage, page)); // another file system
    }
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const adding = index.addDirectory({ path: stage });
  return {
    async finish(logger) {
      const added = await adding;
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await pagefind.close();
      rmSync(stage, { recursive: true, force: true });
      logger.info(`search index: ${added.page_count} pages`);
    },
  };
}
