import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

/** Where a static redirect page (`/`, old permalinks) sends the reader, or undefined for other pages. */
export function redirectTarget(path: string): string | undefined {
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readPage(path))?.[1];
}

/**
 * What the Pagefind index of a build holds: one entry per indexed page, with the language index it
 * is in. Each fragment file (`pagefind/fragment/<language>_<hash>.pf_fragment`) is gzipped JSON
 * behind a `pagefind_dcd` marker.
 */
export function searchIndexPages(dist = DIST): { language: string; url: string }[] {
  return globSync('pagefind/fragment/*.pf_fragment', { cwd: dist }).map((file) => {
    const text = gunzipSync(readFileSync(join(dist, file))).toString('utf8');
    const language = /([a-z]+)_[0-9a-f]+\.pf_fragment$/.exec(file)![1]!;
    return { language, url: JSON.parse(text.replace(/^pagefind_dcd/, '')).url as string };
  });
}
