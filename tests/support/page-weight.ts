import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { distFile, readPage } from './dist.ts';

export interface Resource {
  url: string;
  kind: 'html' | 'css' | 'js' | 'icon' | 'image' | 'font';
  gzip: number;
}

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** Static imports of a built ES module (`import … from "./x.js"`, `import "./y.js"`), as site paths. */
function moduleImports(path: string, code: string): string[] {
  return [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map(
    (match) => new URL(match[1]!, `https://x${path}`).pathname,
  );
}

/**
 * What a browser fetches on the first load of a built page: the HTML, stylesheets, scripts and
 * their static imports, icons, images and fonts referenced from CSS. Code loaded later on use
 * (dynamic `import()`, e.g. the search index) is not part of the first load. Throws when a
 * reference is missing from dist/ or points to another origin.
 */
export function firstLoad(path: string, html = readPage(path)): Resource[] {
  const doc = parse(html);
  const resources: Resource[] = [{ url: path, kind: 'html', gzip: gzipSize(html) }];
  const seen = new Set<string>();
  const add = (url: string, kind: Resource['kind']) => {
    if (seen.has(url) || url.startsWith('data:')) return; // in the page already, not a request
    seen.add(url);
    // A broken or foreign reference must fail the budgets, not weigh nothing.
    if (!url.startsWith('/') || url.startsWith('//')) throw new Error(`${path}: ${url} is not on the site`);
    const file = distFile(url);
    if (!existsSync(file)) throw new Error(`${path}: ${url} is referenced but missing from dist/`);
    const content = readFileSync(file);
    resources.push({ url, kind, gzip: gzipSize(content) });
    if (kind === 'js') for (const imported of moduleImports(url, content.toString())) add(imported, 'js');
    if (kind === 'css')
      for (const match of content.toString().matchAll(/url\(["']?([^"')]+)["']?\)/g))
        add(match[1]!, /\.(woff2?|ttf|otf)$/.test(match[1]!) ? 'font' : 'image');
  };
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) add(link.getAttribute('href')!, 'css');
  for (const link of doc.querySelectorAll('link[rel~="icon"]')) add(link.getAttribute('href')!, 'icon');
  for (const script of doc.querySelectorAll('script[src]')) add(script.getAttribute('src')!, 'js');
  for (const image of doc.querySelectorAll('img[src]')) add(image.getAttribute('src')!, 'image');
  return resources;
}

/**
 * The page's own scripts that are code: not JSON-LD and not speculation rules, which are data
 * (they weigh in the HTML around the text, see chromeBytes).
 */
export const INLINE_CODE = 'script:not([src]):not([type="application/ld+json"]):not([type="speculationrules"])';

/** Gzipped bytes of the scripts written into the page itself (code only, see INLINE_CODE). */
export function inlineScriptBytes(path: string, html = readPage(path)): number {
  const scripts = parse(html).querySelectorAll(INLINE_CODE);
  return scripts.length > 0 ? gzipSize(scripts.map((script) => script.text).join('\n')) : 0;
}

/** Gzipped bytes of the styles written into the page itself. */
export function inlineStyleBytes(path: string, html = readPage(path)): number {
  const styles = parse(html).querySelectorAll('style');
  return styles.length > 0 ? gzipSize(styles.map((style) => style.text).join('\n')) : 0;
}

/**
 * Gzipped bytes of the page without the article's text and without its inlined styles and scripts:
 * the markup the site adds around the text.
 */
export function chromeBytes(path: string, html = readPage(path)): number {
  const doc = parse(html);
  doc.querySelector('main .prose')?.set_content('');
  for (const element of doc.querySelectorAll(`style, ${INLINE_CODE}`)) element.remove();
  return gzipSize(doc.toString());
}

const KiB = 1024;

/**
 * The byte budgets (gzip) of a page by kind, for tests/dist/budgets.test.ts and `npm run review`:
 * CSS and JavaScript on every page (more JavaScript on the table page, and on the search page, which
 * renders results, excerpts and spelling suggestions), the HTML around the text
 * of an article page, and the whole first load of a home page.
 */
export const BUDGETS = {
  css: 4 * KiB,
  js: 2 * KiB,
  tableJs: 3 * KiB,
  searchJs: 3.5 * KiB,
  articleChrome: 4 * KiB,
  home: 14 * KiB,
} as const;

export interface BudgetCheck {
  what: string;
  bytes: number;
  budget: number;
}

/**
 * One built page against its budgets, its kind read from the page itself: a home is a locale's
 * root, an article page has an `<article>` (its text in `.prose`, or on a fallback page the original's
 * sections), a table page has the table.
 */
export function budgetChecks(path: string, html = readPage(path)): BudgetCheck[] {
  const doc = parse(html);
  const table = doc.querySelector('kb-serverless-table') !== null;
  const search = doc.querySelector('kb-search') !== null;
  const js = table ? BUDGETS.tableJs : search ? BUDGETS.searchJs : BUDGETS.js;
  const checks: BudgetCheck[] = [
    { what: 'CSS', bytes: inlineStyleBytes(path, html), budget: BUDGETS.css },
    { what: 'JavaScript', bytes: inlineScriptBytes(path, html), budget: js },
  ];
  if (doc.querySelector('main article')) {
    checks.push({ what: 'HTML around the text', bytes: chromeBytes(path, html), budget: BUDGETS.articleChrome });
  }
  if (/^\/[a-z]{2}\/$/.test(path)) checks.push({ what: 'total', bytes: gzipSize(html), budget: BUDGETS.home });
  return checks;
}
