/**
 * What a change does for readers, from two builds of the site: the pages added, removed and
 * changed, each with its title, its address and the words added and removed in what the page
 * shows in its <main> (not the header, footer or scripts). The core of `npm run review`.
 */
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';

/** A page as a reader sees it. */
export interface ReaderPage {
  /** Its address: `/en/aurora-xtrabackup/`. */
  path: string;
  title: string;
  /** The words of its <main>, in order. */
  words: string[];
}

export interface PageChange extends ReaderPage {
  added: number;
  removed: number;
}

export interface ReaderDiff {
  added: ReaderPage[];
  removed: ReaderPage[];
  changed: PageChange[];
  /** Pages in both builds that read the same. */
  unchanged: number;
}

/** `en/x/index.html` → `/en/x/`; `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The page a built HTML file shows, or undefined for files that are no page of their own: not
 * HTML, or a redirect (`<meta http-equiv="refresh">`), or a page at an old address, which shows a
 * page of a locale again (its own path is outside the locales' folders, `/en/` and `/de/`).
 */
export function readerPage(file: string, html: string): ReaderPage | undefined {
  if (!file.endsWith('.html')) return undefined;
  if (!LOCALES.some((locale) => file.startsWith(`${locale}/`)) && file !== '404.html') return undefined;
  const doc = parse(html);
  if (doc.querySelector('meta[http-equiv="refresh"]')) return undefined;
  const main = doc.querySelector('main');
  if (!main) return undefined;
  for (const hidden of main.querySelectorAll('script, style, template')) hidden.remove();
  return {
    path: pagePath(file),
    // The page's own heading; <title> adds the site's name.
    title: (main.querySelector('h1') ?? doc.querySelector('title'))?.text.trim() ?? '',
    // Block by block: built HTML has no white space between blocks for .text to keep.
    words: main.structuredText.split(/\s+/).filter(Boolean),
  };
}

/**
 * Words added and removed between two texts, counted as a multiset: a word replaced is one added
 * and one removed, a word moved is neither.
 * - `wordChanges(['a', 'b', 'b'], ['b', 'c'])` → `{ added: 1, removed: 2 }`
 */
export function wordChanges(before: string[], after: string[]): { added: number; removed: number } {
  const count = new Map<string, number>();
  for (const word of before) count.set(word, (count.get(word) ?? 0) + 1);
  let added = 0;
  for (const word of after) {
    const left = count.get(word) ?? 0;
    if (left > 0) count.set(word, left - 1);
    else added += 1;
  }
  const removed = [...count.values()].reduce((sum, left) => sum + left, 0);
  return { added, removed };
}

/** The pages of two builds, each given as its files' texts by path (`readDist`, decoded). */
export function readerDiff(before: Map<string, string>, after: Map<string, string>): ReaderDiff {
  const pages = (files: Map<string, string>) => {
    const found = new Map<string, ReaderPage>();
    for (const [file, html] of files) {
      const page = readerPage(file, html);
      if (page) found.set(page.path, page);
    }
    return found;
  };
  const [old, now] = [pages(before), pages(after)];
  const diff: ReaderDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [path, page] of old) if (!now.has(path)) diff.removed.push(page);
  for (const [path, page] of now) {
    const was = old.get(path);
    if (!was) diff.added.push(page);
    else if (was.title !== page.title || was.words.join(' ') !== page.words.join(' '))
      diff.changed.push({ ...page, ...wordChanges(was.words, page.words) });
    else diff.unchanged += 1;
  }
  return diff;
}

/**
 * The added and changed pages in the order a reviewer should look at them: new pages first, then
 * the pages whose text changed most (an edited article before the lists that show its title).
 */
export function pagesToLookAt(diff: ReaderDiff): string[] {
  const changedMost = [...diff.changed].sort((a, b) => b.added + b.removed - (a.added + a.removed));
  return [...diff.added, ...changedMost].map(({ path }) => path);
}

/** `words(1)` → `1 word`, `words(2)` → `2 words` */
const words = (count: number) => `${count} word${count === 1 ? '' : 's'}`;

/**
 * The diff as lines of Markdown, for the terminal and GitHub's job summary: one line per page,
 * one line in all when readers see no difference.
 */
export function formatReaderDiff(diff: ReaderDiff): string[] {
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  if (total === 0) return [`Readers see no difference: all ${diff.unchanged} pages read the same.`];
  // No link: in a job summary a site path would resolve against github.com.
  const link = (page: ReaderPage) => `${page.title} \`${page.path}\``;
  const lines: string[] = [];
  const section = (heading: string, list: ReaderPage[], describe: (page: ReaderPage) => string) => {
    if (list.length === 0) return;
    lines.push(`**${heading} (${list.length})**`, '');
    for (const page of list) lines.push(`- ${describe(page)}`);
    lines.push('');
  };
  section('Pages changed', diff.changed, (page) => {
    const { added, removed } = page as PageChange;
    return `${link(page)}: ${words(added)} added, ${words(removed)} removed`;
  });
  section('Pages added', diff.added, (page) => `${link(page)}: ${words(page.words.length)}`);
  section('Pages removed', diff.removed, (page) => `${page.title} \`${page.path}\``);
  lines.push(diff.unchanged === 1 ? '1 other page reads the same.' : `${diff.unchanged} other pages read the same.`);
  return lines;
}
