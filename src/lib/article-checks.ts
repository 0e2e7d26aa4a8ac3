import type { z } from 'astro/zod';
import { parseFrontmatter } from 'astro/markdown';
import { checkArticleFiles, RESERVED_SLUGS, type ArticleFile } from './article-files.ts';
import { articleSchema } from './content-schemas.ts';
import { checkData, type Checked } from './schema-errors.ts';

export type ArticleData = z.output<typeof articleSchema>;

/**
 * Checks every article file: the folder layout (locale, slug, duplicates), then each file's
 * frontmatter, parsed as the build parses it (Astro's `parseFrontmatter`) and validated with the
 * schema. One message per problem, each naming the file and the field (or, for broken YAML, the
 * line). `read` returns a file's text by its path relative to `content/articles`.
 */
export function checkArticles(
  paths: string[],
  read: (path: string) => string,
): { articles: (ArticleFile & { data: ArticleData })[]; errors: string[] } {
  const { files, errors } = checkArticleFiles(paths);
  const articles: (ArticleFile & { data: ArticleData })[] = [];
  for (const file of files) {
    const checked = checkFrontmatter(read(file.path), file.file);
    if (checked.ok) articles.push({ ...file, data: checked.data });
    else errors.push(...checked.errors);
  }
  errors.push(...checkFormerSlugs(articles));
  return { articles, errors };
}

/**
 * A former slug leads its old addresses to one article: it must not be a live slug (in any
 * locale), a page of the site, or another article's former slug. Each message names both files.
 */
function checkFormerSlugs(articles: (ArticleFile & { data: ArticleData })[]): string[] {
  const errors: string[] = [];
  const live = new Map<string, string>();
  for (const article of articles) if (!live.has(article.slug)) live.set(article.slug, article.file);
  const claimed = new Map<string, string>();
  for (const article of articles) {
    for (const slug of article.data.formerSlugs ?? []) {
      const where = `${article.file}: field "formerSlugs": "${slug}"`;
      const liveFile = live.get(slug);
      const claimant = claimed.get(slug);
      if (liveFile) {
        errors.push(`${where} is the slug of ${liveFile}, which is live; an address cannot be both`);
      } else if (RESERVED_SLUGS.includes(slug)) {
        errors.push(`${where} is the address of a page of the site (${RESERVED_SLUGS.join(', ')})`);
      } else if (claimant) {
        errors.push(`${where} is already a former slug of ${claimant}; an old address leads to one article only`);
      } else {
        claimed.set(slug, article.file);
      }
    }
  }
  return errors;
}

function checkFrontmatter(source: string, file: string): Checked<ArticleData> {
  let frontmatter: Record<string, unknown>;
  try {
    ({ frontmatter } = parseFrontmatter(source));
  } catch (error) {
    return { ok: false, errors: [`${file}${yamlErrorAt(error)}`] };
  }
  return checkData(articleSchema, frontmatter, file);
}

/**
 * `:3:7: the frontmatter is not valid YAML: …` for the YAML parser's error (Astro's
 * `parseFrontmatter` uses the `yaml` package since Astro 7.4: its `linePos` counts the file's
 * lines, from 1; its message repeats the place and quotes the lines, which the file:line:column
 * already say). Errors of other parsers (TOML frontmatter) have only their message.
 */
function yamlErrorAt(error: unknown): string {
  const { linePos, message } = error as Error & { linePos?: { line: number; col: number }[] };
  const at = linePos?.[0] ? `:${linePos[0].line}:${linePos[0].col}` : '';
  const reason = linePos ? message.replace(/ at line \d+, column \d+:[\s\S]*$/, '') : message;
  return `${at}: the frontmatter is not valid YAML: ${reason}`;
}
