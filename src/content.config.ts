import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { KEBAB_CASE } from './lib/article-files.ts';
import { CATEGORIES, PROVIDERS, VERDICTS } from './lib/serverless-table.ts';
import { articlesLoader } from './loaders/articles.ts';
import { yamlRowsLoader } from './loaders/yaml-rows.ts';

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
      .string({
        error: missingOr(
          'description',
          "description: 'One plain sentence, 50–160 characters'",
          'description must be text',
        ),
      })
      .min(50, {
        error: (issue) => `description must be 50–160 characters of plain text, got ${String(issue.input).length}`,
      })
      .max(160, {
        error: (issue) => `description must be 50–160 characters of plain text, got ${String(issue.input).length}`,
      })
      .refine((text) => !/[<>`*]|\]\(/.test(text), { error: 'description must be plain text (no Markdown or HTML)' }),
    /** Publication day, `YYYY-MM-DD`. */
    pubDate: z.coerce.date({
      error: missingOr('pubDate', 'pubDate: 2024-05-31', 'pubDate must be a date like 2024-05-31'),
    }),
    /** Last substantial update, `YYYY-MM-DD`; not before pubDate. */
    updatedDate: z.coerce.date({ error: 'updatedDate must be a date like 2024-05-31' }).optional(),
    /** 1–8 topics readers browse by, kebab-case. */
    tags: z
      .array(kebabCase('each tag'), {
        error: missingOr('tags', 'tags: [aws, serverless]', 'tags must be a list, e.g. [aws, serverless]'),
      })
      .min(1, { error: 'tags needs at least 1 tag' })
      .max(8, { error: 'tags allows at most 8 tags' }),
    /** Drafts render in `astro dev` only, never in a production build. */
    draft: z.boolean({ error: 'draft must be true or false' }).optional(),
    /** Set on a translation: the entry id of the original, `<locale>/<slug>` with the same slug. */
    translationOf: z
      .string()
      .regex(/^(en|de)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'translationOf must be an entry id like "en/my-topic"' })
      .optional(),
    /** Set on a translation: which version of the original it was made from (see `npm run i18n:status`). */
    originalHash: z
      .string()
      .regex(/^[0-9a-f]{12}$/, { error: 'originalHash must be 12 hex digits, as printed by `npm run i18n:status`' })
      .optional(),
  })
  .refine((data) => !data.translationOf || data.originalHash, {
    error:
      'originalHash is required on a translation: the hash of the original it was made from, as printed by `npm run i18n:status`',
    path: ['originalHash'],
  })
  .refine((data) => !data.originalHash || data.translationOf, {
    error: 'originalHash belongs to translations only: set translationOf too, or remove originalHash',
    path: ['originalHash'],
  })
  .refine((data) => !data.updatedDate || data.updatedDate >= data.pubDate, {
    error: 'updatedDate must not be before pubDate',
    path: ['updatedDate'],
  });

const articles = defineCollection({ loader: articlesLoader('./content/articles'), schema: articleSchema });

const oneOf = (field: string, values: readonly string[]) => ({
  error: (issue: { input?: unknown }) =>
    `${field} must be one of ${values.join(', ')}${issue.input === undefined ? ' (missing)' : `, got ${JSON.stringify(issue.input)}`}`,
});

/** Text in every site locale: `en` is the author's, `de` the translation. */
const localizedText = (field: string) =>
  z.strictObject(
    {
      en: z
        .string({ error: `${field}.en (English text) is required` })
        .min(1, { error: `${field}.en must not be empty` }),
      de: z
        .string({ error: `${field}.de (German text) is required` })
        .min(1, { error: `${field}.de must not be empty` }),
    },
    { error: `${field} must have en and de texts` },
  );

/** One row of content/serverless/services.yaml (the row's `id` is its key). */
const serviceSchema = z.strictObject({
  /** Product or use case, as the author names it. */
  name: z.string({ error: 'name is required' }).min(1, { error: 'name must not be empty' }),
  provider: z.enum(PROVIDERS, oneOf('provider', PROVIDERS)),
  /** A key; its label per locale lives in the UI dictionaries (`table.category.*`). */
  category: z.enum(CATEGORIES, oneOf('category', CATEGORIES)),
  verdict: z.enum(VERDICTS, oneOf('verdict', VERDICTS)),
  /** Why, per locale; may contain [links](https://…) and a numbered list. */
  reason: localizedText('reason'),
  /** Set by the loader: the row's place in the file (0-based). Not written by authors. */
  position: z.number().int(),
});

const services = defineCollection({
  loader: yamlRowsLoader('content/serverless/services.yaml'),
  schema: serviceSchema,
});

export const collections = { articles, services };
