import type { z } from 'astro/zod';
import { parseFrontmatter } from 'astro/markdown';
import { checkArticleFiles, type ArticleFile } from './article-files.ts';
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
  return { articles, errors };
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
 * `:3:7: the frontmatter is not valid YAML: …` for js-yaml's error (its `mark` counts from the
 * line of the opening `---`, so its 0-based line is the file's 1-based one, as Astro reports it).
 * Errors of other parsers (TOML frontmatter) have only their message.
 */
function yamlErrorAt(error: unknown): string {
  const { reason, mark, message } = error as Error & { reason?: string; mark?: { line: number; column: number } };
  const at = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
  return `${at}: the frontmatter is not valid YAML: ${reason ?? message}`;
}
