import { readdirSync } from 'node:fs';
import { isLocale, type Locale } from '../i18n/locales.ts';

/** Lowercase ASCII kebab-case: the only shape a slug, tag or row id may have. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where articles live, relative to the project root. */
export const ARTICLES_DIR = 'content/articles';

export interface ArticleFile {
  /** Path relative to `content/articles`, e.g. `en/my-topic.mdx`. */
  path: string;
  /** Path from the project root, e.g. `content/articles/en/my-topic.mdx`: what messages name. */
  file: string;
  locale: Locale;
  slug: string;
  /** Collection entry id, `<locale>/<slug>`. */
  id: string;
}

const ARTICLE_EXTENSIONS = ['.mdx', '.md'];

/** Slugs taken by the site's own pages under /<locale>/. */
export const RESERVED_SLUGS = ['archive', 'contact', 'search', 'tags', 'translations'];

/**
 * Reads `<locale>/<slug>.mdx` (or `.md`) into its parts, or explains what is wrong.
 * - `en/my-topic.mdx` → `{ locale: 'en', slug: 'my-topic', id: 'en/my-topic', … }`
 * - `fr/x.mdx` → error: unknown locale folder
 */
export function parseArticlePath(path: string): ArticleFile | { error: string } {
  const parts = path.split('/');
  const extension = ARTICLE_EXTENSIONS.find((ext) => path.endsWith(ext));
  if (!extension) return { error: 'not an article: expected a .mdx or .md file' };
  if (parts.length !== 2) {
    return { error: 'expected content/articles/<locale>/<slug>.mdx (one folder per locale, no subfolders)' };
  }
  const [folder, fileName] = parts as [string, string];
  if (!isLocale(folder)) {
    return { error: `unknown locale folder "${folder}": expected one of en, de` };
  }
  const slug = fileName.slice(0, -extension.length);
  if (!KEBAB_CASE.test(slug)) {
    return { error: `slug "${slug}" (the file name) must be lowercase kebab-case, e.g. my-topic` };
  }
  if (RESERVED_SLUGS.includes(slug)) {
    return {
      error: `slug "${slug}" is taken by a page of the site (${RESERVED_SLUGS.join(', ')}); choose another file name`,
    };
  }
  return { path, file: `${ARTICLES_DIR}/${path}`, locale: folder, slug, id: `${folder}/${slug}` };
}

/** Every Markdown file below `directory`, as `/`-separated paths relative to it (`en/my-topic.mdx`). */
export function listArticlePaths(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /\.mdx?$/.test(path));
}

/**
 * Checks every file below `content/articles`; returns one message per problem, each naming the file.
 * Catches unknown locale folders, bad slugs and two files claiming the same slug in one locale.
 */
export function checkArticleFiles(paths: string[]): { files: ArticleFile[]; errors: string[] } {
  const files: ArticleFile[] = [];
  const errors: string[] = [];
  const byId = new Map<string, string>();
  for (const path of [...paths].sort()) {
    // Files starting with `_` are notes for contributors, never published.
    if (path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    const parsed = parseArticlePath(path);
    if ('error' in parsed) {
      errors.push(`${ARTICLES_DIR}/${path}: ${parsed.error}`);
      continue;
    }
    const clash = byId.get(parsed.id);
    if (clash) {
      errors.push(
        `${parsed.file}: duplicate slug "${parsed.slug}" in locale "${parsed.locale}", already used by ${ARTICLES_DIR}/${clash}`,
      );
      continue;
    }
    byId.set(parsed.id, path);
    files.push(parsed);
  }
  return { files, errors };
}
