import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import {
  droppedMessage,
  formatRecord,
  isPublishedPath,
  linkTargets,
  pageIds,
  parseRecord,
  reconcileRecord,
  RECORD_FILE,
  redirectOf,
  retiredErrors,
  SOURCE_HEADER,
  type ServedAddress,
} from '../lib/published-links.ts';
import { readRetiredAddresses } from '../lib/retired-addresses.ts';

/** Set by `npm run links:record`: the build writes the record instead of only checking it. */
export const RECORD_ENV = 'KB_RECORD_LINKS';

/**
 * Where the build writes the record it would make, if not beside its cache: `npm run review` builds
 * two copies that share node_modules and reads each one's (scripts/lib/base-build.ts).
 */
export const COMPUTED_RECORD_ENV = 'KB_COMPUTED_RECORD';

/**
 * What the build serves at each address, noted as each page and file renders (src/integrations/
 * built-site-files.ts), then checked against the record of what the site has published: the build
 * fails when a recorded address is no longer served, and names the file and the ways out.
 */
export class PublishedAddresses {
  private readonly served = new Map<string, ServedAddress>();
  private readonly errors: string[] = [];

  /**
   * A rendered route's output: `component` is its route file, the default source; a route names
   * the content file behind it in the SOURCE_HEADER (the shown file, then the original's).
   */
  note(pathname: string, headers: Headers, component: string, html?: string): void {
    if (!isPublishedPath(pathname)) return;
    const [source = component, original] = headers.get(SOURCE_HEADER)?.split(' ') ?? [];
    if (html === undefined) {
      this.served.set(pathname, { kind: 'file', source, ids: new Set(), targets: [] });
      return;
    }
    const redirect = redirectOf(html);
    const kind = !redirect ? 'page' : html.includes('<meta http-equiv="refresh"') ? 'redirect' : 'moved';
    const targets = kind === 'page' ? linkTargets(html) : [];
    const duplicate = targets.find((target, index) => targets.findIndex(({ id }) => id === target.id) !== index);
    if (duplicate) {
      this.errors.push(
        `${pathname} (from ${source}): two link targets have the id "${duplicate.id}"; a #fragment lands on one only`,
      );
    }
    this.served.set(pathname, { kind, source, original, ...redirect, ids: pageIds(html), targets });
  }

  /**
   * After the build: adds the files no route rendered (public/, feeds, sitemaps; `writtenBy` names
   * the module that wrote a file, others come from public/ or the config's integrations), checks the
   * retired addresses and the record, writes the record the build would have to
   * node_modules/.astro/ (or COMPUTED_RECORD_ENV), and the record itself when RECORD_ENV is set. Throws on a dropped address.
   */
  finish(options: {
    root: string;
    dist: string;
    cacheDir: string;
    writtenBy: ReadonlyMap<string, string>;
    logger: AstroIntegrationLogger;
  }): void {
    const { root, dist, cacheDir, writtenBy, logger } = options;
    const started = performance.now();
    for (const path of listFiles(dist)) {
      if (this.served.has(path) || !isPublishedPath(path)) continue;
      const source =
        writtenBy.get(path) ?? (existsSync(join(root, 'public', path)) ? `public${path}` : 'astro.config.mjs');
      this.served.set(path, { kind: 'file', source, ids: new Set(), targets: [] });
    }
    const retired = readRetiredAddresses(root);
    this.errors.push(...retiredErrors(retired, this.served));
    if (this.errors.length > 0) throw new Error(`Published links:\n- ${this.errors.join('\n- ')}`);
    const recordFile = join(root, RECORD_FILE);
    const recorded = existsSync(recordFile) ? parseRecord(readFileSync(recordFile, 'utf8')) : [];
    const { links, added, dropped } = reconcileRecord(recorded, this.served, retired);
    if (dropped.length > 0) throw new Error(droppedMessage(dropped));
    const record = formatRecord(links);
    const computed = process.env[COMPUTED_RECORD_ENV] || join(cacheDir, RECORD_FILE);
    mkdirSync(dirname(computed), { recursive: true });
    writeFileSync(computed, record);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`published links: ${recorded.length} recorded addresses served, checked in ${seconds} s`);
    if (process.env[RECORD_ENV]) {
      writeFileSync(recordFile, record);
      logger.info(`${RECORD_FILE}: ${links.length} addresses, ${added.length} new`);
    } else if (added.length > 0) {
      logger.warn(
        `${added.length} new address${added.length === 1 ? ' is' : 'es are'} not in ${RECORD_FILE} yet (e.g. ${added[0]!.address}): run \`npm run links:record\` and commit it; CI fails until then`,
      );
    }
  }
}

/** Site paths of the files in dist/: `/en/feed.xml`; a page's `index.html` as its directory, `/en/`. */
function listFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) =>
        `/${join(entry.parentPath, entry.name)
          .slice(dist.length + 1)
          .split('\\')
          .join('/')}`,
    )
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'));
}
