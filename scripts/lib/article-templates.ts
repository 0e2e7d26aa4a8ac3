// The files `npm run new` writes. Both pass the article schema as they are, so a new file builds at once.
import { isoDay } from '../../src/lib/dates.ts';

/** A YAML single-quoted scalar: safe for any title. */
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The placeholders of a new article: they pass the schema, so the file builds at once, and
 * `npm run lint:content` reports each one left in an article that is not a draft.
 */
export const PLACEHOLDERS = {
  description:
    'Replace this placeholder: one plain sentence of 50 to 160 characters for search results and link previews.',
  tag: 'todo',
  intro: 'Start with what readers will learn. Headings start at level 2 (`##`); the title is the page heading.',
  section: 'Text of the first section.',
} as const;

/** A new original article, with placeholders that say what to replace. */
export function newArticleSource(options: { title: string; date: Date; draft?: boolean }): string {
  return [
    '---',
    `title: ${quoted(options.title)}`,
    `description: ${quoted(PLACEHOLDERS.description)}`,
    `pubDate: ${isoDay(options.date)}`,
    `tags: [${PLACEHOLDERS.tag}]`,
    ...(options.draft ? ['draft: true'] : []),
    '---',
    '',
    PLACEHOLDERS.intro,
    '',
    '## First section',
    '',
    PLACEHOLDERS.section,
    '',
  ].join('\n');
}

export interface OriginalForTranslation {
  /** Entry id, `<locale>/<slug>`. */
  id: string;
  frontmatter: Record<string, unknown>;
  /** The original's body hash (see src/lib/translation-status.ts). */
  hash: string;
  /** The original's headings in order, with the ids the site gives them. */
  headings: { depth: number; text: string; id: string }[];
}

/**
 * A translation skeleton: the original's frontmatter to translate, `translationOf` and `originalHash`
 * linking it to the version it starts from, and every heading with its id carried over (`{#id}`), so
 * links to sections work in both languages.
 */
export function translationSkeletonSource(original: OriginalForTranslation, options: { draft?: boolean } = {}): string {
  const { title, description, pubDate, updatedDate, tags } = original.frontmatter;
  const day = (value: unknown) => (value instanceof Date ? isoDay(value) : String(value));
  return [
    '---',
    `title: ${quoted(String(title))}`,
    `description: ${quoted(String(description))}`,
    `pubDate: ${day(pubDate)}`,
    ...(updatedDate ? [`updatedDate: ${day(updatedDate)}`] : []),
    `tags: [${(tags as string[]).join(', ')}]`,
    ...(options.draft ? ['draft: true'] : []),
    `translationOf: ${original.id}`,
    // Quoted: a hash of digits only would be a number to YAML.
    `originalHash: '${original.hash}'`,
    '---',
    '',
    `{/* Translation of content/articles/${original.id}.mdx: translate the title, the description and each heading (keep its {#id}), then write each section below its heading. */}`,
    '',
    ...original.headings.flatMap((heading) => [`${'#'.repeat(heading.depth)} ${heading.text} {#${heading.id}}`, '']),
  ].join('\n');
}
