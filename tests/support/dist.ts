import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { redirectOf } from '../../src/lib/published-links.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Site paths of every built HTML page: `/en/`, `/de/contact/`, `/404.html`. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  const pages = globSync('**/*.html', { cwd: DIST })
    .map((file) => `/${file.split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
  // Every test that loops over the pages would pass on none.
  if (pages.length === 0) throw new Error('dist/ holds no page: run `npm run build` first');
  return pages;
}

/** The built file behind a site path (`/en/` → dist/en/index.html). */
export function distFile(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

export function readPage(path: string): string {
  return readFileSync(distFile(path), 'utf8');
}

/**
 * Where a page at an old address sends the reader: a static redirect page (`/`, retired pages) by
 * its meta refresh, an article at an old address by its script; undefined for other pages.
 */
export function redirectTarget(path: string): string | undefined {
  const html = readPage(path);
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1] ?? redirectOf(html)?.to;
}

/**
 * What the Pagefind index of a build holds: one entry per indexed page, with the language index it
 * is in. Each fragment file (`pagefind/fragment/<language>_<hash>.pf_fragment`) is gzipped JSON
 * behind a `pagefind_dcd` marker.
 */
export function searchIndexPages(dist = DIST): { language: string; url: string; textLanguage?: string }[] {
  return globSync('pagefind/fragment/*.pf_fragment', { cwd: dist }).map((file) => {
    const text = gunzipSync(readFileSync(join(dist, file))).toString('utf8');
    const language = /([a-z]+)_[0-9a-f]+\.pf_fragment$/.exec(file)![1]!;
    const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; meta: { lang?: string } };
    return { language, url: fragment.url, textLanguage: fragment.meta.lang };
  });
}
