/**
 * The record of what this site has published (`published-links.txt`): every address and every
 * section link a reader may have linked to, and how each is served now. The build compares what
 * it made with the record and refuses to drop an address (src/integrations/published-links.ts);
 * this module is the pure part: reading a page for its link targets, resolving an address, the
 * record's format and the messages.
 */

import { SERVICES_FILE } from './serverless-table.ts';

/** The record, at the project root: the addresses of each source file, sorted, so a diff shows what a change adds or retires. */
export const RECORD_FILE = 'published-links.txt';

/** Where retired addresses are listed, with where their readers go (src/lib/content-schemas.ts, retiredSchema). */
export const RETIRED_FILE = 'content/retired.yaml';

/** The class of the empty element that gives a heading or table row an old id (a former id). */
export const FORMER_ID_CLASS = 'former-id';

/** Response header by which a route names the source file of what it renders (not written to dist/). */
export const SOURCE_HEADER = 'X-Kb-Source';

/** One line of the record. */
export interface PublishedLink {
  /** `/en/topic/` or `/en/topic/#section`. */
  address: string;
  /**
   * How it is served: `page`, `file`; on an article page `section`, `row` or `alias=#<id>`;
   * `redirect=<to>` (a redirect page), `moved=<to>` (an article shown at its old address, which
   * sends readers on) or `retired=<to>` (a section link whose readers land on the page).
   */
  how: string;
  /** The file that produces it, from the project root. */
  source: string;
}

/** Something a link can point to on an article page: a heading, a table row, or an old id of one. */
export interface LinkTarget {
  id: string;
  element: 'heading' | 'row';
  /** For an old id: the id of the heading or row it leads to. */
  formerIdOf?: string;
}

/** What the build noted of one address it wrote. */
export interface ServedAddress {
  kind: 'page' | 'file' | 'redirect' | 'moved';
  /** The file it comes from; for an article page, the shown article's file. */
  source: string;
  /** An article page's original (where its former heading ids are declared). */
  original?: string;
  /** Where a redirect or moved page sends readers (a path, maybe with a #fragment). */
  to?: string;
  /** Old id → new id, for fragments a redirect maps on the way. */
  formerIds?: Record<string, string>;
  /** Every id of the page. */
  ids: Set<string>;
  /** The ids an article page offers links to. */
  targets: LinkTarget[];
}

const HEADING_OR_ROW = /<(h[2-6]|tr)\b[^>]*?\sid="([^"]+)"|<span id="([^"]+)" class="former-id">/g;

/**
 * The link targets in an article's text (between `<div class="prose"` and the article footer):
 * headings and table rows with an id, and the former ids at their start. Footnotes and the page's
 * chrome are not targets anyone was promised.
 */
export function linkTargets(html: string): LinkTarget[] {
  const start = html.indexOf('<div class="prose"');
  if (start < 0) return [];
  // Whatever other classes the footer gets after its first (ArticleFooter.astro).
  const end = html.indexOf('<footer class="article-footer', start);
  const text = html.slice(start, end < 0 ? undefined : end);
  const targets: LinkTarget[] = [];
  let current: LinkTarget | undefined;
  for (const [, tag, id, formerId] of text.matchAll(HEADING_OR_ROW)) {
    if (formerId === undefined) {
      current = { id: decodeHtml(id!), element: tag === 'tr' ? 'row' : 'heading' };
      // The heading Markdown gives footnotes is no section of the author's.
      if (current.id !== 'footnote-label') targets.push(current);
    } else if (current) {
      // Former ids come first inside their heading or row, so they belong to the last one opened.
      targets.push({ id: decodeHtml(formerId), element: current.element, formerIdOf: current.id });
    }
  }
  return targets;
}

/** Every id on a page (where a `#fragment` can land). */
export function pageIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => decodeHtml(id!)));
}

/** Where a page at an old address sends readers: the `data-to` and `data-ids` of its redirect script. */
export function redirectOf(html: string): { to: string; formerIds: Record<string, string> } | undefined {
  const script = /<script data-to="([^"]*)"(?: data-ids="([^"]*)")?>/.exec(html);
  if (!script) return undefined;
  return { to: decodeHtml(script[1]!), formerIds: script[2] ? JSON.parse(decodeHtml(script[2])) : {} };
}

/** Undoes the entity escapes Astro writes into attribute values. */
function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `/en/x/#a` → `['/en/x/', 'a']`; `/en/x/` → `['/en/x/', undefined]`. */
export function splitAddress(address: string): [string, string | undefined] {
  const hash = address.indexOf('#');
  return hash < 0 ? [address, undefined] : [address.slice(0, hash), address.slice(hash + 1)];
}

/**
 * How an address is served now, or undefined if it is not. A fragment on a redirect lands if the
 * target has it (after the redirect's id mapping); on a moved article page it must also land on
 * the page itself (readers without JavaScript stay there). `retired` are the entries of
 * content/retired.yaml.
 */
export function resolveAddress(
  address: string,
  served: ReadonlyMap<string, ServedAddress>,
  retired: ReadonlyMap<string, string>,
): Omit<PublishedLink, 'address'> | undefined {
  const [path, fragment] = splitAddress(address);
  const page = served.get(path);
  if (fragment === undefined) {
    if (!page) return undefined;
    return {
      how: page.kind === 'page' || page.kind === 'file' ? page.kind : `${page.kind}=${page.to}`,
      source: page.source,
    };
  }
  const retiredTo = retired.get(address);
  if (retiredTo !== undefined) return { how: `retired=${retiredTo}`, source: RETIRED_FILE };
  if (!page || page.kind === 'file') return undefined;
  if (page.kind === 'page') {
    const target = page.targets.find(({ id }) => id === fragment);
    if (target) return { how: targetHow(target), source: targetSource(target, page) };
    return page.ids.has(fragment) ? { how: 'id', source: page.source } : undefined;
  }
  const [toPath] = splitAddress(page.to!);
  const mapped = page.formerIds?.[fragment] ?? fragment;
  const landsThere = served.get(toPath)?.ids.has(mapped) ?? false;
  const landsHere = page.kind === 'redirect' || page.ids.has(fragment);
  return landsThere && landsHere ? { how: `${page.kind}=${toPath}#${mapped}`, source: page.source } : undefined;
}

/** `section`, `row`, or `alias=#<id>` for an old id. */
function targetHow(target: LinkTarget): string {
  if (target.formerIdOf !== undefined) return `alias=#${target.formerIdOf}`;
  return target.element === 'row' ? 'row' : 'section';
}

/** Rows come from the table data; old heading ids from the original article, which declares them. */
function targetSource(target: LinkTarget, page: ServedAddress): string {
  if (target.element === 'row') return SERVICES_FILE;
  return target.formerIdOf !== undefined ? (page.original ?? page.source) : page.source;
}

/**
 * Whether a file the build writes is an address to keep: not the hashed assets and search index
 * (new names every build, never linked to), not the host's configuration, not the 404 page
 * (rendered as `/404/`, written as `/404.html`).
 */
export function isPublishedPath(path: string): boolean {
  return !/^\/(_astro|pagefind)\/|^\/(_headers|_redirects|404\.html|404)\/?$/.test(path) && !LATER_LIST_PAGE.test(path);
}

/**
 * Page 2 and on of a list (a tag, a long year's month, the translation work; src/lib/list-pages.ts):
 * what they show moves as articles are added, and they come and go with the list's length. The
 * list's first page is the address the site promises.
 */
const LATER_LIST_PAGE = /^\/[a-z]{2}\/(tags\/[^/]+|translations|archive\/\d{4}\/\d{2})\/\d+\/$/;

/** The addresses a build offers: every path, and the link targets of each article page. */
function offeredAddresses(served: ReadonlyMap<string, ServedAddress>): string[] {
  return [...served].flatMap(([path, page]) => [
    path,
    ...(page.kind === 'page' ? page.targets.map(({ id }) => `${path}#${id}`) : []),
  ]);
}

/**
 * The record after this build: every recorded address as it is served now, plus the addresses
 * the build offers for the first time (`added`). `dropped` are recorded addresses nothing serves
 * any more: the build must not ship without them.
 */
export function reconcileRecord(
  recorded: readonly PublishedLink[],
  served: ReadonlyMap<string, ServedAddress>,
  retired: ReadonlyMap<string, string>,
): { links: PublishedLink[]; added: PublishedLink[]; dropped: PublishedLink[] } {
  const links = new Map<string, PublishedLink>();
  const dropped: PublishedLink[] = [];
  for (const old of recorded) {
    const now = resolveAddress(old.address, served, retired);
    if (now) links.set(old.address, { address: old.address, ...now });
    else dropped.push({ ...old, source: currentSource(old, served) });
  }
  const added: PublishedLink[] = [];
  for (const address of offeredAddresses(served)) {
    if (links.has(address)) continue;
    const link = { address, ...resolveAddress(address, served, retired)! };
    links.set(address, link);
    added.push(link);
  }
  return { links: sortLinks([...links.values()]), added: sortLinks(added), dropped };
}

/**
 * Where a dropped section link of an article is fixed now: the original of the article its page
 * shows (after a rename, the file the page comes from today), else the file that produced it.
 */
function currentSource(link: PublishedLink, served: ReadonlyMap<string, ServedAddress>): string {
  const [path, fragment] = splitAddress(link.address);
  let page = served.get(path);
  if (page?.to) page = served.get(splitAddress(page.to)[0]);
  if (fragment === undefined || !page || !link.source.startsWith('content/articles/')) return link.source;
  return page.original ?? page.source;
}

/**
 * What is wrong with content/retired.yaml against the build: a retired address something still
 * serves (an address cannot be both), a section link retired to another page than the one it is
 * on (nothing could take readers there without JavaScript), or readers sent nowhere.
 */
export function retiredErrors(
  retired: ReadonlyMap<string, string>,
  served: ReadonlyMap<string, ServedAddress>,
): string[] {
  const errors: string[] = [];
  for (const [address, to] of retired) {
    const where = `${RETIRED_FILE}: "${address}"`;
    const [path, fragment] = splitAddress(address);
    const page = served.get(path);
    if (fragment === undefined && page && page.source !== RETIRED_FILE) {
      errors.push(`${where} is retired, but ${page.source} still serves it; an address cannot be both`);
    }
    if (fragment !== undefined) {
      const landing = page?.kind === 'page' ? path : page?.to && splitAddress(page.to)[0];
      if (page?.kind === 'page' && page.targets.some(({ id }) => id === fragment)) {
        errors.push(`${where} is retired, but ${page.source} still has the section link; an address cannot be both`);
      } else if (to !== landing) {
        errors.push(
          `${where}: a section link lands on its own page; write ${landing ?? 'the page it is on'} as where its readers go`,
        );
      }
    }
    const [toPath, toFragment] = splitAddress(to);
    const target = served.get(toPath);
    if (!target) errors.push(`${where}: where its readers go, "${to}", is no address of the site`);
    else if (toFragment !== undefined && !target.ids.has(toFragment)) {
      errors.push(`${where}: where its readers go, "${to}", has no element with id "${toFragment}"`);
    }
  }
  return errors;
}

/** Addresses in the order of the record: by path, a page before its fragments. */
function sortLinks(links: PublishedLink[]): PublishedLink[] {
  return links.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

const RECORD_HEADER = `# Every address and section link this site has published, and how each is served now.
# The build fails when one of them is no longer served; see CONTRIBUTING.md ("Links that last").
# Written by \`npm run links:record\`: the addresses each source file serves, under its name, one a
# line as <address> <how it is served>; a section link of the address above as   #<id> <how>.
`;

/**
 * The record's text: a header, then per source file (sorted) its addresses (sorted), a section link
 * written as its \`#id\` alone under its page's line. A file's block changes when the file does, and
 * Git names the file in each hunk's header.
 */
export function formatRecord(links: readonly PublishedLink[]): string {
  const bySource = new Map<string, PublishedLink[]>();
  for (const link of links) {
    const group = bySource.get(link.source);
    if (group) group.push(link);
    else bySource.set(link.source, [link]);
  }
  const lines: string[] = [];
  for (const source of [...bySource.keys()].sort()) {
    lines.push(source);
    let path: string | undefined;
    for (const { address, how } of sortLinks(bySource.get(source)!)) {
      const [page, fragment] = splitAddress(address);
      if (fragment !== undefined && page === path) {
        lines.push(`  #${fragment} ${how}`);
      } else {
        lines.push(`${address} ${how}`);
        path = page;
      }
    }
  }
  return RECORD_HEADER + lines.map((line) => `${line}\n`).join('');
}

/**
 * Reads the record (comment and blank lines aside): a source file's name, then its lines
 * \`<address> <how>\`, a section link of the address above as \`  #<id> <how>\`. Throws naming the
 * file and line of a malformed one.
 */
export function parseRecord(text: string, file = RECORD_FILE): PublishedLink[] {
  let source: string | undefined;
  let path: string | undefined;
  return text.split('\n').flatMap((line, index): PublishedLink[] => {
    if (line.trim() === '' || line.startsWith('#')) return [];
    const where = `${file}:${index + 1}`;
    const [first, how, ...rest] = line.trim().split(/\s+/);
    if (line.startsWith('  #')) {
      if (!source || path === undefined || !how || rest.length > 0)
        throw new Error(`${where}: expected "  #<id> <how>" under its page's line, got "${line}"`);
      return [{ address: `${path}${first}`, how, source }];
    }
    if (line.startsWith('/')) {
      if (!source || !how || rest.length > 0)
        throw new Error(`${where}: expected "<address> <how>" under its source file's name, got "${line}"`);
      path = splitAddress(first!)[0];
      return [{ address: first!, how, source }];
    }
    if (how !== undefined) throw new Error(`${where}: expected a source file's name, got "${line}"`);
    source = first;
    path = undefined;
    return [];
  });
}

/** `/en/old-topic/` or `/de/old-topic.md` → `old-topic`; other addresses → undefined. */
function articleSlug(path: string): string | undefined {
  return /^\/[a-z]{2}\/([a-z0-9-]+)(?:\/|\.md)$/.exec(path)?.[1];
}

/** The two ways out for one dropped address, each one line in the content. */
function waysOut(link: PublishedLink): string[] {
  const [path, fragment] = splitAddress(link.address);
  const retire = (to: string) => `or retire it in ${RETIRED_FILE}: '${link.address}': ${to}`;
  if (fragment !== undefined && link.source === SERVICES_FILE) {
    return [`add formerIds: [${fragment}] to the row that answers it now in ${SERVICES_FILE},`, retire(path)];
  }
  if (fragment !== undefined && link.source.startsWith('content/articles/')) {
    return [
      `add to the frontmatter of ${link.source}: formerHeadingIds: { ${fragment}: <the heading's id now> },`,
      retire(path),
    ];
  }
  const slug = articleSlug(path);
  if (fragment === undefined && slug && link.source.startsWith('content/articles/')) {
    return [
      `add formerSlugs: [${slug}] to the frontmatter of the article that has its text now,`,
      retire('<where its readers go, e.g. /en/>'),
    ];
  }
  return [`serve it again from ${link.source},`, retire('<where its readers go, e.g. /en/>')];
}

/**
 * The build's failure message: each dropped address, the file that produced it and the two ways
 * out. Section links of a dropped page are counted under it: the page's way out keeps them too.
 */
export function droppedMessage(dropped: readonly PublishedLink[]): string {
  const droppedPaths = new Set(dropped.map(({ address }) => address).filter((address) => !address.includes('#')));
  const folded = new Map<string, number>();
  const lines: string[] = [];
  for (const link of dropped) {
    const [path, fragment] = splitAddress(link.address);
    if (fragment !== undefined && droppedPaths.has(path)) {
      folded.set(path, (folded.get(path) ?? 0) + 1);
      continue;
    }
    const [keep, retire] = waysOut(link);
    lines.push(`- ${link.address} (${link.how}, from ${link.source})`, `    keep it: ${keep}`, `    ${retire}`);
  }
  const withFolded = lines.map((line) => {
    const path = /^- (\S+) \(/.exec(line)?.[1];
    const count = path ? folded.get(path) : undefined;
    return count ? line.replace(/\)$/, `; with its ${count} section link${count === 1 ? '' : 's'})`) : line;
  });
  return [
    `${dropped.length} published address${dropped.length === 1 ? ' is' : 'es are'} no longer served (recorded in ${RECORD_FILE}); links to them would break:`,
    ...withFolded,
    'Addresses that are new are added to the record by `npm run links:record`.',
  ].join('\n');
}
