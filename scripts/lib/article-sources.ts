// Reads the article sources (and the site facts the content linter needs) from disk for the
// contributor scripts (new, i18n:status, lint:content, review), which run without Astro. The layout
// rules are the site's own (src/lib/article-files.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ARTICLES_DIR, checkArticleFiles, listArticlePaths, type ArticleFile } from '../../src/lib/article-files.ts';
import { checkRowIds } from '../../src/lib/data-rows.ts';
import { SERVICES_FILE } from '../../src/lib/serverless-table.ts';
import type { StatusSource } from '../../src/lib/translation-status.ts';
import type { SiteFacts } from './content-lint.ts';

export interface ArticleSourceFile extends ArticleFile {
  /** The whole file. */
  source: string;
  /** The parsed frontmatter (not validated: the build's schema does that). */
  frontmatter: Record<string, unknown>;
  /** The file after its frontmatter. */
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown file into its frontmatter (parsed YAML) and body. */
export function splitFrontmatter(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  const data: unknown = parseYaml(match[1]!);
  const frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { frontmatter, body: source.slice(match[0].length) };
}

/** Every article file below `<root>/content/articles`, plus one message per misplaced file. */
export function readArticleSources(root = '.'): { articles: ArticleSourceFile[]; errors: string[] } {
  const directory = join(root, ARTICLES_DIR);
  const { files, errors } = checkArticleFiles(listArticlePaths(directory));
  const articles = files.map((file) => {
    const source = readFileSync(join(directory, file.path), 'utf8');
    return { ...file, source, ...splitFrontmatter(source) };
  });
  return { articles, errors };
}

/** The article files as `translationStatus()` reads them (frontmatter dates are `YYYY-MM-DD` text in YAML). */
export function statusSources(articles: ArticleSourceFile[]): StatusSource[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return articles.map((article) => ({
    id: article.id,
    locale: article.locale,
    slug: article.slug,
    file: article.file,
    translationOf: text(article.frontmatter.translationOf),
    originalHash: text(article.frontmatter.originalHash),
    body: article.body,
    changed: text(article.frontmatter.updatedDate) ?? text(article.frontmatter.pubDate) ?? '',
  }));
}

/** The table's row ids and the public files; what is missing (e.g. in a test fixture) is empty. */
export function readSiteFacts(root: string): SiteFacts {
  let tableRowIds: string[] = [];
  try {
    const data: unknown = parseYaml(readFileSync(join(root, SERVICES_FILE), 'utf8'));
    tableRowIds = checkRowIds(data, SERVICES_FILE).rows.map(({ id }) => id);
  } catch {
    // No table data (or data the build rejects with its own message): no row anchors.
  }
  const publicDir = join(root, 'public');
  const publicFiles = existsSync(publicDir)
    ? readdirSync(publicDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    : [];
  return { tableRowIds, publicFiles };
}
