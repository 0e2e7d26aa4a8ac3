import { existsSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from 'astro/markdown';

/** The frontmatter field that keeps old section links working (src/lib/content-schemas.ts). */
export const FORMER_HEADING_IDS = 'formerHeadingIds';

export interface FormerHeadingIds {
  /** The file that declares them (an original article), from the project root. */
  file: string;
  /** Old id → the heading id it leads to. */
  ids: Record<string, string>;
}

/** `…/content/articles/en/x.mdx` → `content/articles/en/x.mdx`, as messages name files. */
export function projectFile(path: string): string {
  return path.slice(path.lastIndexOf('content/articles/'));
}

/**
 * The former heading ids that apply to an article file: its own, or, for a translation
 * (`translationOf: en/x`), its original's, since a translation keeps the original's heading ids.
 * The loader has checked both files before anything renders.
 */
export function formerHeadingIdsFor(path: string, frontmatter: Record<string, unknown>): FormerHeadingIds {
  const original = frontmatter.translationOf;
  if (typeof original !== 'string') {
    return { file: projectFile(path), ids: (frontmatter[FORMER_HEADING_IDS] as Record<string, string>) ?? {} };
  }
  const articles = path.slice(0, path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1);
  const file = ['.mdx', '.md'].map((extension) => `${articles}${original}${extension}`).find(existsSync);
  if (!file) return { file: projectFile(path), ids: {} };
  const { frontmatter: originalFrontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
  return {
    file: projectFile(file),
    ids: (originalFrontmatter[FORMER_HEADING_IDS] as Record<string, string>) ?? {},
  };
}

/** `{ Security: 'security', Sec: 'security' }` → `security` → `['Security', 'Sec']`. */
export function formerIdsByHeading(ids: Record<string, string>): Map<string, string[]> {
  const byHeading = new Map<string, string[]>();
  for (const [former, current] of Object.entries(ids))
    byHeading.set(current, [...(byHeading.get(current) ?? []), former]);
  return byHeading;
}

/**
 * What is wrong with a file's former heading ids once its headings are known: an old id that is
 * a live heading id too (a link could mean either), or one leading to no heading of the file.
 */
export function formerHeadingIdErrors(declared: FormerHeadingIds, headingIds: string[], file: string): string[] {
  const where = `${declared.file}: field "${FORMER_HEADING_IDS}"`;
  const inFile = declared.file === file ? '' : ` (in ${file}, which shares its heading ids)`;
  return Object.entries(declared.ids).flatMap(([former, current]) => {
    if (headingIds.includes(former)) {
      return [`${where}: "${former}" is the id of a live heading too${inFile}; an id can lead to one place only`];
    }
    if (!headingIds.includes(current)) {
      return [
        `${where}: "${former}" leads to "${current}", which is no heading id${inFile}; headings here: ${headingIds.join(', ') || 'none'}`,
      ];
    }
    return [];
  });
}
