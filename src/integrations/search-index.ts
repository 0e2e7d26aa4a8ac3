import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

const throwOnErrors = ({ errors }: { errors: string[] }) => {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
};

/**
 * The Pagefind search index: one index per page language (German with German stemming), of the
 * elements marked `data-pagefind-body`, the text of originals and translations.
 * Pagefind reads only the pages noted while they rendered as having such text: it drops every
 * other page, fallback pages among them, but would parse them all first. Handing it each page as
 * it rendered measured slower: on two cores its parsing then competes with the rendering.
 */
export class SearchIndex {
  readonly #files: string[] = [];
  #adding: Promise<{ index: pagefind.PagefindIndex; added: pagefind.IndexingResponse }> | undefined;
  #started = 0;

  /** Notes a rendered page (`en/slug/index.html` in dist/) if it has text to index. */
  note(file: string, html: string): void {
    if (html.includes('data-pagefind-body')) this.#files.push(file);
  }

  /**
   * Starts parsing the noted pages in Pagefind's own process, which uses both cores while Node
   * writes the other files. It reads them from `stage` (hard links, so nothing is copied).
   */
  start(dist: string, stage: string): void {
    this.#started = performance.now();
    rmSync(stage, { recursive: true, force: true });
    for (const file of this.#files) {
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      try {
        linkSync(join(dist, file), join(stage, file));
      } catch {
        copyFileSync(join(dist, file), join(stage, file)); // another file system
      }
    }
    this.#adding = pagefind.createIndex({}).then(async ({ index, errors }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      return { index, added: await index.addDirectory({ path: stage }) };
    });
    this.#adding.catch(() => {}); // awaited in write(); meanwhile not an unhandled rejection
  }

  /** Writes dist/pagefind/ once the pages are parsed. */
  async write(dist: string, stage: string, logger: AstroIntegrationLogger): Promise<void> {
    if (!this.#adding) throw new Error('search index: write() before start()');
    const { index, added } = await this.#adding;
    throwOnErrors(added);
    throwOnErrors(await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
    await pagefind.close();
    rmSync(stage, { recursive: true, force: true });
    const seconds = ((performance.now() - this.#started) / 1000).toFixed(1);
    logger.info(`search index: ${added.page_count} pages, parsed and written in ${seconds} s`);
  }
}
