import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

const throwOnErrors = ({ errors }: { errors: string[] }) => {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
};

/** The locales that show a page's text as a fallback page (src/components/ArticlePage.astro). */
const SEARCH_ALSO = /<article[^>]* data-search-also="([^"]+)"/;

/**
 * The Pagefind search index: one index per page language (German with German stemming), of the
 * elements marked `data-pagefind-body`, the text of originals and translations. A text that a
 * locale shows only as a fallback page is indexed in that locale's index too, at the fallback
 * page's address, so a German reader finds the English-only articles (their `lang` meta says
 * which language the text is in).
 * Pagefind reads only the pages noted while they rendered as having such text (hard links in a
 * stage folder; for the fallback addresses, copies of the indexed element): it would parse every
 * other page of dist/ first. Handing it each page as it rendered measured slower: on two cores its parsing then
 * competes with the rendering.
 */
export class SearchIndex {
  readonly #files: string[] = [];
  readonly #copies: Promise<void>[] = [];
  #stage = '';
  #adding: Promise<{ index: pagefind.PagefindIndex; added: pagefind.IndexingResponse }> | undefined;
  #started = 0;

  /** Empties `stage`, the folder (on the project's file system) Pagefind reads, before pages render. */
  open(stage: string): void {
    this.#stage = stage;
    rmSync(stage, { recursive: true, force: true });
  }

  /** Notes a rendered page (`en/slug/index.html` in dist/) if it has text to index, and stages its fallback addresses' copies. */
  note(file: string, html: string): void {
    if (!html.includes('data-pagefind-body')) return;
    this.#files.push(file);
    const locales = SEARCH_ALSO.exec(html)?.[1]?.split(' ') ?? [];
    if (locales.length === 0) return;
    // The indexed element alone (a page has one <article>): Pagefind reads nothing else of a page.
    const article = html.slice(
      html.lastIndexOf('<article', html.indexOf('data-pagefind-body')),
      html.indexOf('</article>'),
    );
    for (const locale of locales) {
      // The same text in the other locale's index: Pagefind picks the index by <html lang>.
      const copy = join(this.#stage, locale, file.slice(file.indexOf('/') + 1));
      const text = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><body>${article}</article></body></html>`;
      this.#copies.push(mkdir(dirname(copy), { recursive: true }).then(() => writeFile(copy, text)));
    }
  }

  /**
   * Starts parsing the noted pages in Pagefind's own process, which uses both cores while Node
   * writes the other files. It reads them from the stage (hard links, so nothing is copied).
   */
  start(dist: string): void {
    this.#started = performance.now();
    for (const file of this.#files) {
      mkdirSync(dirname(join(this.#stage, file)), { recursive: true });
      try {
        linkSync(join(dist, file), join(this.#stage, file));
      } catch {
        copyFileSync(join(dist, file), join(this.#stage, file)); // another file system
      }
    }
    this.#adding = Promise.all(this.#copies)
      .then(() => pagefind.createIndex({}))
      .then(async ({ index, errors }) => {
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        return { index, added: await index.addDirectory({ path: this.#stage }) };
      });
    this.#adding.catch(() => {}); // awaited in write(); meanwhile not an unhandled rejection
  }

  /** Writes dist/pagefind/ once the pages are parsed. */
  async write(dist: string, logger: AstroIntegrationLogger): Promise<void> {
    if (!this.#adding) throw new Error('search index: write() before start()');
    const { index, added } = await this.#adding;
    throwOnErrors(added);
    throwOnErrors(await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
    await pagefind.close();
    rmSync(this.#stage, { recursive: true, force: true });
    const seconds = ((performance.now() - this.#started) / 1000).toFixed(1);
    logger.info(`search index: ${added.page_count} pages, parsed and written in ${seconds} s`);
  }
}
