// The rules of `npm run lint:content`: checks on the article sources that the build does not make
// (links and anchors, heading levels, alt texts, translations' heading ids). Pure: the CLI
// (scripts/lint-content.ts) reads the files and the site facts, tests pass their own.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LOCALES } from '../../src/i18n/locales.ts';
import { headingAttributeBlock, headingIds, tableOfContents } from '../../src/lib/heading-ids.ts';
import {
  articlePath,
  ATOM_FEED_PATH,
  contactPath,
  feedPath,
  homePath,
  searchPath,
  servicesDownloadPath,
  tagPath,
  tagsPath,
} from '../../src/lib/urls.ts';
import { SITE } from '../../src/site-config.ts';
import type { ArticleSourceFile } from './article-sources.ts';
import { PLACEHOLDERS } from './article-templates.ts';

export type Rule =
  'broken-link' | 'heading-increment' | 'image-alt' | 'translation-heading-ids' | 'placeholder' | 'parse';

export interface Diagnostic {
  /** Path from the project root, e.g. `content/articles/en/my-topic.mdx`. */
  file: string;
  /** 1-based, in the file as written (frontmatter included). */
  line: number;
  column: number;
  rule: Rule;
  message: string;
}

/** Facts about the site outside the articles, gathered by the CLI. */
export interface SiteFacts {
  /** Row ids of the serverless table (content/serverless/services.yaml): `<tr id>` on pages that show it. */
  tableRowIds: readonly string[];
  /** Files in `public/`, served from the site root, e.g. `favicon.svg`. */
  publicFiles: readonly string[];
}

export type LintArticle = Pick<ArticleSourceFile, 'file' | 'locale' | 'slug' | 'id' | 'source' | 'frontmatter'>;

/** `content/articles/en/x.mdx:12:3: message [rule]` */
export function formatDiagnostic({ file, line, column, rule, message }: Diagnostic): string {
  return `${file}:${line}:${column}: ${message} [${rule}]`;
}

/** By file, then position: the order the CLI prints. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** Ids every article page has besides its headings (BaseLayout's skip-link target, SiteHeader, AuthorBox). */
const ARTICLE_PAGE_ANCHORS = ['main', 'header-search', 'author-box-heading'];
/** The table's caption (ServerlessTable.astro); its rows add their ids. */
const TABLE_ANCHORS = ['serverless-table-caption'];

interface Point {
  line: number;
  column: number;
}

/** The parts of mdast (with MDX and GFM nodes) the rules look at. */
interface MdNode {
  type: string;
  position?: { start: Point & { offset?: number }; end: Point & { offset?: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  identifier?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: Point } }[];
}

/** What the rules need from one source file. */
interface SourceFacts {
  headings: (ArticleHeading & { at: Point })[];
  /** Heading ids and literal `id` attributes of JSX/HTML elements. */
  ids: Set<string>;
  links: { url: string; at: Point }[];
  usesTable: boolean;
  /** Problems found in the file alone (heading levels, alt texts). */
  problems: { at: Point; rule: Rule; message: string }[];
}

/** A heading as `headingsOf` lists it. */
export interface ArticleHeading {
  depth: number;
  /** The heading's Markdown as written, without its `{#id}`. */
  text: string;
  /** The id the site gives it. */
  id: string;
}

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);

/**
 * Blanks out the `{#id}` of heading lines with as many spaces, so remark-mdx does not read it as
 * an expression and every position stays where it is in the file; returns the ids by line number.
 * A blanked brace in a code block changes nothing the rules look at.
 */
function blankHeadingIds(source: string): { text: string; ids: Map<number, string> } {
  const lines = source.split('\n');
  const ids = new Map<number, string>();
  lines.forEach((line, index) => {
    const block = headingAttributeBlock(line, lines[index + 1] ?? '');
    if (!block) return;
    if (block.id) ids.set(index + 1, block.id);
    lines[index] = line.slice(0, block.start) + ' '.repeat(block.end - block.start) + line.slice(block.end);
  });
  return { text: lines.join('\n'), ids };
}

/** Every node below `node`, in document order. */
function* walk(node: MdNode): Generator<MdNode> {
  for (const child of node.children ?? []) {
    yield child;
    yield* walk(child);
  }
}

/**
 * A heading's text as the rendered page has it (hast textContent): image alts and expressions do
 * not count; runs of hyphens turn into dashes (smart punctuation, astro.config.mjs), which the
 * slugger drops.
 */
function renderedText(node: MdNode): string {
  if (node.type === 'text') return (node.value ?? '').replace(/-{2,}/g, '–');
  if (node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(renderedText).join('');
}

/** A JSX attribute's value if it is a plain string (`href="…"`), else undefined. */
function jsxAttribute(node: MdNode, name: string): { value?: string; at?: Point; present: boolean } {
  const attribute = node.attributes?.find((each) => each.type === 'mdxJsxAttribute' && each.name === name);
  if (!attribute) return { present: false };
  return {
    present: true,
    value: typeof attribute.value === 'string' ? attribute.value : undefined,
    at: attribute.position?.start,
  };
}

/** 1-based line and column of a character offset. */
export function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const HTML_TAG = /<([a-z][a-z0-9]*)\b([^>]*)>/gi;
const htmlAttribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);

/**
 * Parses one article source (MDX unless `mdx: false`) and collects what the rules need.
 * Throws remark's message (with `line` and `column`) when the source does not parse.
 */
function analyzeSource(source: string, { mdx = true } = {}): SourceFacts {
  const { text, ids: explicitIds } = blankHeadingIds(source);
  const tree = (mdx ? mdxParser : markdownParser).parse(text) as MdNode;
  const facts: SourceFacts = { headings: [], ids: new Set(), links: [], usesTable: false, problems: [] };
  const report = (at: Point, rule: Rule, message: string) => facts.problems.push({ at, rule, message });
  const headingNodes: MdNode[] = [];
  for (const node of walk(tree)) {
    const at = node.position?.start ?? { line: 1, column: 1 };
    switch (node.type) {
      case 'heading':
        headingNodes.push(node);
        break;
      case 'link':
      case 'definition':
        facts.links.push({ url: node.url ?? '', at });
        break;
      case 'image':
      case 'imageReference':
        if (!node.alt?.trim()) {
          const target = node.url ?? `[${node.identifier ?? ''}]`;
          report(at, 'image-alt', `image ${target} has no alt text: describe it between the brackets of ![…]`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name === 'ServerlessTable') facts.usesTable = true;
        const id = jsxAttribute(node, 'id').value;
        if (id) facts.ids.add(id);
        if (node.name === 'a') {
          const href = jsxAttribute(node, 'href');
          if (href.value !== undefined) facts.links.push({ url: href.value, at: href.at ?? at });
        }
        // An explicit alt="" marks a decorative image.
        if (node.name === 'img' && !jsxAttribute(node, 'alt').present) {
          const src = jsxAttribute(node, 'src').value;
          report(
            at,
            'image-alt',
            `<img${src ? ` src="${src}"` : ''}> has no alt attribute: add alt="…" (alt="" if decorative)`,
          );
        }
        break;
      }
      case 'html': {
        // Raw HTML in .md files: the same checks on its tags.
        const base = node.position?.start.offset ?? 0;
        for (const tag of (node.value ?? '').matchAll(HTML_TAG)) {
          const [, name, attributes] = tag as unknown as [string, string, string];
          const tagAt = pointAt(source, base + tag.index);
          const id = htmlAttribute(attributes, 'id');
          if (id) facts.ids.add(id[1] ?? id[2] ?? id[3]!);
          const href = name.toLowerCase() === 'a' ? htmlAttribute(attributes, 'href') : null;
          if (href) facts.links.push({ url: href[1] ?? href[2] ?? href[3]!, at: tagAt });
          if (name.toLowerCase() === 'img' && !htmlAttribute(attributes, 'alt')) {
            report(tagAt, 'image-alt', `${tag[0]} has no alt attribute: add alt="…" (alt="" if decorative)`);
          }
        }
        break;
      }
    }
  }

  const sources = headingNodes.map((node) => {
    const { start, end } = node.position!;
    let explicitId: string | undefined;
    for (let line = start.line; line <= end.line; line += 1) explicitId = explicitIds.get(line) ?? explicitId;
    return { depth: node.depth!, text: renderedText(node), explicitId };
  });
  const ids = headingIds(sources);
  facts.headings = headingNodes.map((node, index) => {
    const from = node.children?.[0]?.position?.start.offset ?? 0;
    const to = node.children?.at(-1)?.position?.end.offset ?? 0;
    const written = text
      .slice(from, to)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    return { depth: node.depth!, text: written, id: ids[index]!, at: node.position!.start };
  });
  for (const id of ids) facts.ids.add(id);

  // The page title is the h1; sections start at h2 and go down one level at a time.
  let previous = 1;
  headingNodes.forEach((node, index) => {
    const { depth, text: written } = facts.headings[index]!;
    const quoted = JSON.stringify(written);
    if (depth === 1) {
      report(
        node.position!.start,
        'heading-increment',
        `h1 ${quoted} in the body: the title is the page's h1, sections start at ## (h2)`,
      );
    } else if (depth > previous + 1) {
      const after = index === 0 ? 'the title (h1)' : `h${previous}`;
      report(
        node.position!.start,
        'heading-increment',
        `h${depth} ${quoted} follows ${after}, skipping a level: use ${'#'.repeat(previous + 1)} (h${previous + 1})`,
      );
    }
    previous = depth;
  });
  return facts;
}

/**
 * An article's headings in order, with the ids the site gives them (for translation skeletons).
 * Throws when the source does not parse.
 */
export function headingsOf(source: string, options: { mdx?: boolean } = {}): ArticleHeading[] {
  return analyzeSource(source, options).headings.map(({ depth, text, id }) => ({ depth, text, id }));
}

/**
 * Every link target of an article source (Markdown links and definitions, `<a href>`) with where it
 * is written. Throws when the source does not parse.
 */
export function linksOf(source: string, options: { mdx?: boolean } = {}): ({ url: string } & Point)[] {
  return analyzeSource(source, options).links.map(({ url, at: { line, column } }) => ({ url, line, column }));
}

/** Where a page's anchors are unknown to the linter (site pages, files), any `#…` is accepted. */
type Pages = Map<string, Set<string> | null>;

/**
 * Every page of the site and its anchors. Each article slug has a page in every locale, showing the
 * locale's own version or, where there is none, the original (a fallback page).
 */
function sitePages(sources: Map<string, SourceFacts | null>, articles: LintArticle[], site: SiteFacts): Pages {
  const pages: Pages = new Map();
  pages.set('/', null);
  pages.set(ATOM_FEED_PATH, null);
  for (const locale of LOCALES) {
    const localePages = [homePath(locale), contactPath(locale), searchPath(locale), tagsPath(locale)];
    for (const path of localePages) pages.set(path, null);
    for (const format of ['json', 'csv'] as const) pages.set(servicesDownloadPath(locale, format), null);
    pages.set(feedPath(locale), null);
  }
  for (const file of site.publicFiles) pages.set(`/${file}`, null);

  const bySlug = Map.groupBy(articles, (article) => article.slug);
  for (const [slug, group] of bySlug) {
    const original = group.find((article) => !article.frontmatter.translationOf) ?? group[0]!;
    for (const locale of LOCALES) {
      const shown = group.find((article) => article.locale === locale) ?? original;
      const tags = shown.frontmatter.tags;
      if (Array.isArray(tags)) for (const tag of tags) pages.set(tagPath(locale, String(tag)), null);
      const version = sources.get(shown.id);
      // A version that did not parse has unknown anchors (its parse error is reported).
      if (!version) {
        pages.set(articlePath(locale, slug), null);
        continue;
      }
      const anchors = new Set([...ARTICLE_PAGE_ANCHORS, ...version.ids]);
      // TableOfContents.astro (with its `toc-title`) shows where the page has contents to list.
      if (tableOfContents(version.headings.map(({ depth, id }) => ({ depth, slug: id }))).length > 0) {
        anchors.add('toc-title');
      }
      if (version.usesTable) for (const id of [...TABLE_ANCHORS, ...site.tableRowIds]) anchors.add(id);
      pages.set(articlePath(locale, slug), anchors);
    }
  }
  return pages;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Relative, root-relative, `#…` or an absolute URL of the site itself. */
export function isInternal(url: string): boolean {
  if (!url || url.startsWith('//')) return false;
  if (!SCHEME.test(url)) return true;
  return url.startsWith(SITE.origin) && /^(?:[/?#]|$)/.test(url.slice(SITE.origin.length));
}

/** `null` when fine (or not internal), else what is wrong with the link. */
function checkLink(url: string, fromPath: string, pages: Pages, drafts: Pages): string | null {
  if (!isInternal(url)) return null;
  const target = new URL(url, `${SITE.origin}${fromPath}`);
  const path = safeDecode(target.pathname);
  const anchor = safeDecode(target.hash.slice(1));
  const anchors = pages.get(path);
  if (anchors === undefined) {
    if (!path.endsWith('/') && pages.has(`${path}/`)) {
      return `link to ${url}: missing trailing slash, pages end in / (use ${path}/${target.search}${target.hash})`;
    }
    if (drafts.has(path)) return `link to ${url}: ${path} is a draft, not published`;
    const slug = path.split('/').filter(Boolean).at(-1);
    const locale = fromPath.split('/')[1] as (typeof LOCALES)[number];
    const hint = slug && pages.has(articlePath(locale, slug)) ? ` (did you mean ${articlePath(locale, slug)}?)` : '';
    return `link to ${url}: page ${path} does not exist${hint}`;
  }
  if (anchor && anchors && !anchors.has(anchor)) return `link to ${url}: no anchor #${anchor} on ${path}`;
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** End of the file's last line with text: where a missing part would go. */
function endOfFile(source: string): Point {
  const lines = source.trimEnd().split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** What remark throws on invalid MDX (a VFileMessage). */
type ParseError = Error & { line?: number; column?: number; reason?: string };

/** Lints the article sources; diagnostics in no particular order (see compareDiagnostics). */
export function lintArticles(articles: readonly LintArticle[], site: SiteFacts): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, { line, column }: Point, rule: Rule, message: string) =>
    diagnostics.push({ file, line, column, rule, message });
  const sources = new Map<string, SourceFacts | null>();
  for (const article of articles) {
    try {
      const facts = analyzeSource(article.source, { mdx: article.file.endsWith('.mdx') });
      for (const { at, rule, message } of facts.problems) report(article.file, at, rule, message);
      sources.set(article.id, facts);
    } catch (error) {
      // remark's message for invalid MDX: positions are the file's, the frontmatter included.
      const { line, column, reason, message } = error as ParseError;
      report(article.file, { line: line ?? 1, column: column ?? 1 }, 'parse', reason ?? message);
      sources.set(article.id, null);
    }
  }

  // Drafts are not built for production: links to them break once published.
  const isDraft = (article: LintArticle) => article.frontmatter.draft === true;
  const published = articles.filter((article) => !isDraft(article));
  const pages = sitePages(sources, published, site);
  const withDrafts = sitePages(sources, [...articles], site);
  for (const article of articles) {
    // A draft is checked as if published together with the other drafts.
    const linkable = isDraft(article) ? withDrafts : pages;
    for (const { url, at } of sources.get(article.id)?.links ?? []) {
      const problem = checkLink(url, articlePath(article.locale, article.slug), linkable, withDrafts);
      if (problem) report(article.file, at, 'broken-link', problem);
    }
  }

  // What `npm run new` leaves to replace: fine in a draft, never in a published article.
  for (const article of published) {
    const texts = [PLACEHOLDERS.description, PLACEHOLDERS.intro, PLACEHOLDERS.section];
    for (const text of texts) {
      const offset = article.source.indexOf(text);
      if (offset >= 0)
        report(
          article.file,
          pointAt(article.source, offset),
          'placeholder',
          `replace the placeholder "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`,
        );
    }
    const tags = article.frontmatter.tags;
    const tagLine = new RegExp(`^tags:.*?\\b${PLACEHOLDERS.tag}\\b`, 'm').exec(article.source);
    if (Array.isArray(tags) && tags.includes(PLACEHOLDERS.tag) && tagLine) {
      const offset = tagLine.index + tagLine[0].length - PLACEHOLDERS.tag.length;
      report(
        article.file,
        pointAt(article.source, offset),
        'placeholder',
        `replace the placeholder tag "${PLACEHOLDERS.tag}" with 1–8 topics`,
      );
    }
  }

  // Translations keep their original's heading ids, so links to sections work in every language.
  for (const article of articles) {
    const originalId = article.frontmatter.translationOf;
    const version = sources.get(article.id);
    const original = typeof originalId === 'string' ? sources.get(originalId) : undefined;
    if (!version || !original) continue;
    const expected = original.headings.map(({ id }) => id);
    const index = version.headings.findIndex(({ id }, each) => id !== expected[each]);
    const rule = 'translation-heading-ids';
    if (index >= 0) {
      const { id, at } = version.headings[index]!;
      const wanted = expected[index];
      const message =
        wanted !== undefined
          ? `heading #${id} should have the id #${wanted} of heading ${index + 1} in ${originalId} (add {#${wanted}})`
          : `heading #${id} has no counterpart in ${originalId}, which has ${expected.length} headings`;
      report(article.file, at, rule, message);
    } else if (version.headings.length < expected.length) {
      const missing = expected.slice(version.headings.length).map((id) => `#${id}`);
      const counts = `${expected.length} headings, this file has ${version.headings.length}`;
      report(
        article.file,
        endOfFile(article.source),
        rule,
        `missing heading ${missing.join(', ')} of ${originalId} (${counts})`,
      );
    }
  }
  return diagnostics;
}
