import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkArticleFiles, KEBAB_CASE } from './lib/article-files.ts';

const ARTICLES_DIR = './content/articles';

/**
 * Astro's glob loader, preceded by a check of the folder layout: a file in an unknown locale
 * folder, a slug that is not kebab-case or a duplicate slug would otherwise be skipped or
 * overwritten silently. The check fails the build and names each file.
 */
function articlesLoader(): Loader {
  const inner = glob({
    base: ARTICLES_DIR,
    pattern: '**/[^_.]*.{md,mdx}',
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    name: 'articles-loader',
    load: async (context) => {
      const paths = readdirSync(ARTICLES_DIR, { recursive: true, encoding: 'utf8' })
        .map((path) => path.split('\\').join('/'))
        .filter((path) => /\.mdx?$/.test(path));
      const { errors } = checkArticleFiles(paths);
      if (errors.length > 0) throw new Error(`Invalid article files:\n- ${errors.join('\n- ')}`);
      await inner.load(context);
    },
  };
}

/** Zod's "Required" names no field and no fix; this message names both. */
const missingOr = (field: string, example: string, otherwise: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${field} is required, e.g. ${example}` : otherwise;

const kebabCase = (what: string) =>
  z.string().regex(KEBAB_CASE, { error: `${what} must be lowercase kebab-case, e.g. "my-topic"` });

/** Frontmatter of `content/articles/<locale>/<slug>.mdx`. Unknown keys are an error. */
const articleSchema = z
  .strictObject({
    /** Shown as the page's h1 and <title>. */
    title: z
      .string({ error: missingOr('title', 'title: My topic', 'title must be text') })
      .trim()
      .min(1, { error: 'title must not be empty' }),
    /** Plain text for search results and link previews. */
    description: z
      .string({ error: missingOr('description', "description: 'One plain sentence, 50–160 characters'", 'description must be text') })
      .min(50, { error: (issue) => `description must be 50–160 characters of plain text, got ${String(issue.input).length}` })
      .max(160, { error: (issue) => `description must be 50–160 characters of plain text, got ${String(issue.input).length}` })
      .refine((text) => !/[<>`*]|\]\(/.test(text), { error: 'description must be plain text (no Markdown or HTML)' }),
    /** Publication day, `YYYY-MM-DD`. */
    pubDate: z.coerce.date({ error: missingOr('pubDate', 'pubDate: 2024-05-31', 'pubDate must be a date like 2024-05-31') }),
    /** Last substantial update, `YYYY-MM-DD`; not before pubDate. */
    updatedDate: z.coerce.date({ error: 'updatedDate must be a date like 2024-05-31' }).optional(),
    /** 1–8 topics readers browse by, kebab-case. */
    tags: z
      .array(kebabCase('each tag'), { error: missingOr('tags', 'tags: [aws, serverless]', 'tags must be a list, e.g. [aws, serverless]') })
      .min(1, { error: 'tags needs at least 1 tag' })
      .max(8, { error: 'tags allows at most 8 tags' }),
    /** Drafts render in `astro dev` only, never in a production build. */
    draft: z.boolean({ error: 'draft must be true or false' }).optional(),
    /** Set on a translation: the entry id of the original, `<locale>/<slug>` with the same slug. */
    translationOf: z
      .string()
      .regex(/^(en|de)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'translationOf must be an entry id like "en/my-topic"' })
      .optional(),
  })
  .refine((data) => !data.updatedDate || data.updatedDate >= data.pubDate, {
    error: 'updatedDate must not be before pubDate',
    path: ['updatedDate'],
  });

const articles = defineCollection({ loader: articlesLoader(), schema: articleSchema });

export const collections = { articles };
