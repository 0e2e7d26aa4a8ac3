/**
 * The schemas of the content collections (src/content.config.ts): every field an author writes,
 * with the rules it must meet. Plain TypeScript, so the loaders' checks and the unit tests use
 * the same schemas as the build.
 */
import { z } from 'astro/zod';
import { KEBAB_CASE } from './article-files.ts';
import { isoDay } from './dates.ts';
import { gotValue } from './schema-errors.ts';
import { CATEGORIES, PROVIDERS, VERDICTS } from './serverless-table.ts';

/** Zod's "Required" names no field and no fix; this message names both. */
const missingOr = (field: string, example: string, otherwise: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${field} is required, e.g. ${example}` : otherwise;

const kebabCase = (what: string) =>
  z.string().regex(KEBAB_CASE, { error: `${what} must be lowercase kebab-case, e.g. "my-topic"` });

/** A record's own message, except for a bad key: that key's message (Zod gives the record's). */
const recordError =
  (message: string) =>
  (issue: { code?: string; issues?: { message: string }[] }): string | undefined =>
    issue.code === 'invalid_key' ? (issue.issues?.[0]?.message ?? message) : message;

/** An HTML id as a link's `#fragment` names it: any text without spaces. */
const anchorId = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .regex(/^\S+$/, { error: `${what} must be one word without spaces, as in a link's #fragment` });

/**
 * Control characters other than tab and line breaks: invisible in an editor, parse errors in
 * HTML, and forbidden in XML, so one in a title would make the feeds unreadable.
 */
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

const withoutControlCharacters = (field: string) => ({
  error: (issue: { input?: unknown }) => {
    const found = CONTROL_CHARACTER.exec(String(issue.input))![0];
    return `${field} contains the invisible control character U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}; remove it`;
  },
});

/** A string without control characters; `field` names it in the message. */
const visibleText = (field: string, error: Parameters<typeof z.string>[0]) =>
  z.string(error).refine((value) => !CONTROL_CHARACTER.test(value), withoutControlCharacters(field));

/** `2024-05-31` → that day (UTC); a string that is no real day (`2024-02-30`, `31.05.2024`) stays as it is. */
function calendarDay(value: string): Date | string {
  const date = new Date(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && isoDay(date) === value ? date : value;
}

/**
 * A calendar day, `YYYY-MM-DD`. YAML reads an unquoted one as a date; a quoted one counts only if
 * it is a real day. Anything else is an error: `z.coerce.date()` took an empty `pubDate:` or
 * `true` for 1970-01-01 and "2024-02-30" for 1 March.
 */
const day = (error: Parameters<typeof z.date>[0]) =>
  z.preprocess((value) => (typeof value === 'string' ? calendarDay(value) : value), z.date(error));

/** Frontmatter of `content/articles/<locale>/<slug>.mdx`. Unknown keys are an error. */
export const articleSchema = z
  .strictObject({
    /** Shown as the page's h1 and <title>. */
    title: visibleText('title', { error: missingOr('title', 'title: My topic', 'title must be text') })
      .trim()
      .min(1, { error: 'title must not be empty' }),
    /** Plain text for search results and link previews. */
    description: visibleText('description', {
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
    pubDate: day({
      error: missingOr('pubDate', 'pubDate: 2024-05-31', 'pubDate must be a date like 2024-05-31'),
    }),
    /** Last substantial update, `YYYY-MM-DD`; not before pubDate. */
    updatedDate: day({ error: 'updatedDate must be a date like 2024-05-31' }).optional(),
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
      .string({ error: 'translationOf must be an entry id like "en/my-topic"' })
      .regex(/^(en|de)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'translationOf must be an entry id like "en/my-topic"' })
      .optional(),
    /** Set on a translation: which version of the original it was made from (see `npm run i18n:status`). */
    originalHash: z
      .string({
        // Unquoted, a hash of digits only (or like 123e45678901) is a number to YAML.
        error: "originalHash must be text: write it in quotes, e.g. originalHash: '0123456789ab'",
      })
      .regex(/^[0-9a-f]{12}$/, { error: 'originalHash must be 12 hex digits, as printed by `npm run i18n:status`' })
      .optional(),
    /**
     * Earlier slugs of this article (its file was renamed, or it replaces a removed article): their
     * pages in every locale and their Markdown twins lead here. Set on the original only.
     */
    formerSlugs: z
      .array(kebabCase('each former slug'), { error: 'formerSlugs must be a list of slugs, e.g. [old-topic]' })
      .min(1, { error: 'formerSlugs needs at least 1 slug (or remove the field)' })
      .optional(),
    /**
     * Ids this article's headings had before, each with the id of the heading that has its place
     * now: `Security: security`. Links to the old id land on that heading, in the original, its
     * translations and fallback pages. Set on the original only.
     */
    formerHeadingIds: z
      .record(anchorId('each former heading id'), anchorId('each heading id'), {
        error: recordError('formerHeadingIds must map each old id to a heading id, e.g. old-id: new-id'),
      })
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
  .refine((data) => !data.translationOf || !data.formerSlugs, {
    error: 'formerSlugs belongs to the original article (set translationOf here): its translations share it',
    path: ['formerSlugs'],
  })
  .refine((data) => !data.translationOf || !data.formerHeadingIds, {
    error: 'formerHeadingIds belongs to the original article (set translationOf here): its translations share it',
    path: ['formerHeadingIds'],
  })
  .refine((data) => !data.updatedDate || data.updatedDate >= data.pubDate, {
    error: 'updatedDate must not be before pubDate',
    path: ['updatedDate'],
  });

const oneOf = (field: string, values: readonly string[]) => ({
  error: (issue: { input?: unknown }) => `${field} must be one of ${values.join(', ')}${gotValue(issue.input)}`,
});

/** Text in every site locale: `en` is the author's, `de` the translation. */
const localizedText = (field: string) =>
  z.strictObject(
    {
      en: visibleText(`${field}.en`, { error: `${field}.en (English text) is required` }).min(1, {
        error: `${field}.en must not be empty`,
      }),
      de: visibleText(`${field}.de`, { error: `${field}.de (German text) is required` }).min(1, {
        error: `${field}.de must not be empty`,
      }),
    },
    { error: `${field} must have en and de texts` },
  );

/** One row of content/serverless/services.yaml (the row's `id` is its key). */
export const serviceSchema = z.strictObject({
  /** Product or use case, as the author names it. */
  name: visibleText('name', { error: 'name is required' }).min(1, { error: 'name must not be empty' }),
  provider: z.enum(PROVIDERS, oneOf('provider', PROVIDERS)),
  /** A key; its label per locale lives in the UI dictionaries (`table.category.*`). */
  category: z.enum(CATEGORIES, oneOf('category', CATEGORIES)),
  verdict: z.enum(VERDICTS, oneOf('verdict', VERDICTS)),
  /** Why, per locale; may contain [links](https://…) and a numbered list. */
  reason: localizedText('reason'),
  /**
   * Ids this row had before, or ids of removed rows whose readers it now answers: links to
   * `#<former id>` land on this row. Each is checked against every other row's ids.
   */
  formerIds: z
    .array(kebabCase('each former id'), { error: 'formerIds must be a list of ids, e.g. [old-id]' })
    .optional(),
  /** Set by the loader: the row's place in the file (0-based). Not written by authors. */
  position: z.number().int(),
});

/** A site address as readers link to it: a path (`/en/old-topic/`, `/atom.xml`), maybe with a `#fragment`. */
const SITE_ADDRESS = /^\/[^\s#?]*(?:#\S+)?$/;
/** What can be retired: a page (`/x/`), a Markdown twin (`/en/x.md`), or a section link on a page. */
const RETIRABLE_ADDRESS = /^\/[^\s#?]*(?:\/|\.md)(?:#\S+)?$/;

/**
 * `content/retired.yaml`: addresses this site published that no page serves any more, each with
 * where its readers go instead: `/en/old-topic/: /en/`, `/en/topic/#old-section: /en/topic/`.
 */
export const retiredSchema = z.record(
  z.string().regex(RETIRABLE_ADDRESS, {
    error:
      'each retired address must be a page, Markdown twin or section link: /en/old-topic/, /en/old-topic.md, /en/topic/#section',
  }),
  z
    .string({ error: 'where readers go must be a site path like /en/' })
    .regex(SITE_ADDRESS, { error: 'where readers go must be a site path like /en/ or /en/topic/#section' }),
  {
    error: recordError(
      'content/retired.yaml must map each retired address to where its readers go, e.g. /en/old-topic/: /en/',
    ),
  },
);
