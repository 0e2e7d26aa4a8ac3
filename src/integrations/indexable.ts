import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether a built page may appear in the sitemap: every page except those that tell robots
 * `noindex` (fallback pages, redirect pages, the 404 page). One rule, read from the page itself,
 * so a new kind of page can never end up in the wrong list.
 */
export function isIndexable(pageUrl: string, outDir = 'dist'): boolean {
  const { pathname } = new URL(pageUrl);
  const file = join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!existsSync(file)) return false;
  return !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));
}
