import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

const throwOnErrors = ({ errors }: { errors: string[] }) => {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
};

/**
 * The Pagefind search index: one index per page language (German with German stemming), of the
 * elements marked `data-pagefind-body`, the text of originals and translations. It is given each
 * such page as the page renders, so Pagefind parses it in its own process (on the other core)
 * while Node renders the next ones; after the build, `write` only writes dist/pagefind/.
 */
export class SearchIndex {
  #index: Promise<pagefind.PagefindIndex> | undefined;
  readonly #adding: Promise<pagefind.NewFileResponse>[] = [];

  #started(): Promise<pagefind.PagefindIndex> {
    this.#index ??= pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      return index;
    });
    return this.#index;
  }

  /**
   * Adds a rendered page if it has text to index: Pagefind drops every page without
   * `data-pagefind-body`, so parsing the others (fallback pages among them) would be wasted.
   */
  add(url: string, html: string): void {
    if (html.includes('data-pagefind-body'))
      this.#adding.push(this.#started().then((index) => index.addHTMLFile({ url, content: html })));
  }

  async write(dist: string, logger: AstroIntegrationLogger): Promise<void> {
    const index = await this.#started();
    const added = await Promise.all(this.#adding);
    added.forEach(throwOnErrors);
    throwOnErrors(await index.writeFiles({ outputPath: join(dist, 'pagefind') }));
    await pagefind.close();
    logger.info(`search index: ${added.length} pages`);
  }
}
