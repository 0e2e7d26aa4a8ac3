/**
 * Byte budgets for what a browser fetches on the first load of a page (gzip sizes of the built
 * files, deterministic). A failure names the page, the resource and how far it is over.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { SEARCH_PRELOAD_SCRIPT } from '../../src/lib/search-preload.ts';
import { REDIRECT_SCRIPT } from '../../src/lib/redirect-script.ts';
import { THEME_BOOT_SCRIPT } from '../../src/lib/theme.ts';
import { builtPages, readPage } from '../support/dist.ts';
import {
  BUDGETS,
  budgetChecks,
  chromeBytes,
  firstLoad,
  INLINE_CODE,
  inlineScriptBytes,
  inlineStyleBytes,
  type Resource,
} from '../support/page-weight.ts';
import { plannedArticlePages, sitePlan } from '../support/site-plan.ts';

const sum = (resources: Resource[]) => resources.reduce((total, resource) => total + resource.gzip, 0);
const over = (what: string, size: number, budget: number) =>
  `${what}: ${size} bytes gzipped, ${size - budget} over the budget of ${budget}`;

/** Every page a reader can land on (not the redirect stubs), by kind, from the page plan. */
const articles = plannedArticlePages();
const plan = sitePlan();
const articleKind = (page: (typeof articles)[number]) =>
  page.shown.body.includes('<ServerlessTable')
    ? 'table page'
    : page.kind !== 'original'
      ? `${page.kind} page`
      : /^```/m.test(page.shown.body)
        ? 'article with code'
        : 'article';
const kindOf = new Map<string, string>([
  ...plan.all
    .filter((path) => !plan.redirects.includes(path))
    .map((path): [string, string] => [
      path,
      path === '/404.html'
        ? '404'
        : /^\/(en|de)\/$/.test(path)
          ? 'home'
          : path.includes('/tags/')
            ? 'tag page'
            : path.includes('/archive/')
              ? 'archive page'
              : path.endsWith('/search/')
                ? 'search'
                : path.endsWith('/translations/')
                  ? 'translation status'
                  : 'contact',
    ]),
  ...articles.map((page): [string, string] => [page.path, articleKind(page)]),
  // An article at an old address is that article, with a notice and the script that sends readers on.
  ...[...plan.oldAddresses].map(([path, page]): [string, string] => [path, articleKind(page)]),
]);
const pagesOf = (kind: string) => [...kindOf].filter(([, each]) => each === kind).map(([path]) => path);
const TABLE_PAGES = pagesOf('table page');

test('every page kind is in the plan, so every budget below is checked on real pages', () => {
  const kinds = new Set(kindOf.values());
  for (const kind of [
    'home',
    'article',
    'article with code',
    'table page',
    'search',
    'tag page',
    'archive page',
    'fallback page',
    'translation page',
    'contact',
    'translation status',
    '404',
  ])
    assert.ok(kinds.has(kind), `no ${kind} among the planned pages`);
  assert.equal(TABLE_PAGES.length, 3, 'the serverless test in both locales and at its old blog address');
});

test('every page is one request on a first visit (favicon aside): its CSS and scripts are in the document', () => {
  const problems = [...kindOf.keys()].flatMap((path) => {
    const requests = firstLoad(path).filter((resource) => resource.kind !== 'icon');
    return requests.length === 1 ? [] : [`${path} (${kindOf.get(path)}): ${requests.map((r) => r.url).join(', ')}`];
  });
  // A script file usually means a module that two page scripts share: list it in astro.config.mjs.
  assert.deepEqual(problems, [], 'requests besides the page (a shared module? see selfContainedScripts)');
});

/** The JavaScript budget of a page kind: the table's and the search's pages carry more. */
const jsBudgetOf = (kind: string) =>
  kind === 'table page' ? BUDGETS.tableJs : kind === 'search' ? BUDGETS.searchJs : BUDGETS.js;

test('every page: CSS ≤ 4 KiB; JavaScript ≤ 2 KiB, ≤ 3 KiB on the table page, ≤ 3.5 KiB on the search page', () => {
  const problems: string[] = [];
  for (const [path, kind] of kindOf) {
    const css = inlineStyleBytes(path) + sum(firstLoad(path).filter((resource) => resource.kind === 'css'));
    if (css > BUDGETS.css) problems.push(over(`${path} (${kind}) CSS`, css, BUDGETS.css));
    const jsBudget = jsBudgetOf(kind);
    const js = inlineScriptBytes(path) + sum(firstLoad(path).filter((resource) => resource.kind === 'js'));
    if (js > jsBudget) problems.push(over(`${path} (${kind}) JavaScript`, js, jsBudget));
  }
  assert.deepEqual(problems, []);
});

test('article pages: the HTML around the text, without its inlined CSS and JS, ≤ 4 KiB', () => {
  const paths = articles.map((page) => page.path);
  assert.equal(paths.length, 18);
  const problems = paths
    .map((path) => ({ path, size: chromeBytes(path) }))
    .filter(({ size }) => size > BUDGETS.articleChrome)
    .map(({ path, size }) => over(`${path} HTML without the article text, CSS and JS`, size, BUDGETS.articleChrome));
  assert.deepEqual(problems, []);
});

test('home pages: ≤ 14 KiB in total', () => {
  for (const path of pagesOf('home')) {
    const resources = firstLoad(path);
    const total = sum(resources);
    assert.ok(
      total <= BUDGETS.home,
      over(`${path} total (${resources.map((r) => `${r.url} ${r.gzip}`).join(', ')})`, total, BUDGETS.home),
    );
  }
});

test('scripts only where a widget needs one: the table, search, code copy buttons and the contents; the theme picker and the search shortcut on every page', () => {
  const withoutWidget = new Set<string>();
  let withContents = 0;
  for (const [path, kind] of kindOf) {
    const doc = parse(readPage(path));
    const scripts = doc.querySelectorAll(INLINE_CODE).map((script) => script.text);
    const everywhere = ['kb-theme-picker', 'kb-search-shortcut'];
    for (const element of everywhere)
      assert.ok(
        scripts.some((code) => code.includes(element)),
        `${path}: the script of <${element}>`,
      );
    // An old address also runs the script that sends readers on (src/lib/redirect-script.ts).
    const others = scripts.filter(
      (code) =>
        !everywhere.some((element) => code.includes(element)) &&
        ![THEME_BOOT_SCRIPT, REDIRECT_SCRIPT, SEARCH_PRELOAD_SCRIPT].includes(code),
    );
    // The search page starts fetching Pagefind's script for a search link (src/lib/search-preload.ts).
    assert.equal(scripts.includes(SEARCH_PRELOAD_SCRIPT), kind === 'search', `${path}: the search preload`);
    if (plan.oldAddresses.has(path)) assert.ok(scripts.includes(REDIRECT_SCRIPT), `${path}: sends readers on`);
    // A table of contents marks the section being read: its script comes with it, and only with it.
    const contents = others.filter((code) => code.includes('kb-toc'));
    assert.equal(contents.length, doc.querySelector('nav.toc') ? 1 : 0, `${path}: the contents' script`);
    withContents += contents.length;
    const widgets = others.filter((code) => !code.includes('kb-toc'));
    if (['table page', 'search', 'article with code'].includes(kind))
      assert.equal(widgets.length, 1, `${path} (${kind}) has its widget's script`);
    if (['home', 'article', 'tag page', 'contact', 'translation status', '404'].includes(kind)) {
      assert.deepEqual(widgets, [], `${path} (${kind}) has no widget script`);
      withoutWidget.add(kind);
    }
  }
  assert.equal(withoutWidget.size, 6, 'pages of every kind without a widget');
  assert.ok(withContents > 0, 'pages with a table of contents');
});

// One route renders every article, so a component's own <style> would reach every article page:
// the CSS of code blocks and of the table is written into the pages that show them (ArticlePage.astro).
test('CSS for code blocks and for the table only on pages that have them', () => {
  const seen = { code: 0, table: 0, neither: 0 };
  for (const path of builtPages()) {
    const doc = parse(readPage(path));
    const css = doc
      .querySelectorAll('style')
      .map((style) => style.text)
      .join('\n');
    const code = doc.querySelector('.code-block') !== null;
    const table = doc.querySelector('kb-serverless-table') !== null;
    assert.equal(/\.code-block\b/.test(css), code, `${path}: the code blocks' CSS`);
    assert.equal(/\.serverless-table\b/.test(css), table, `${path}: the table's CSS`);
    seen[code ? 'code' : table ? 'table' : 'neither'] += 1;
  }
  assert.ok(seen.code > 0 && seen.table > 0 && seen.neither > 0, JSON.stringify(seen));
});

// `npm run review` reads a page's kind from its HTML; the plan knows it from the sources.
test('the budgets npm run review applies to a page are those of its kind', () => {
  const articleKinds = ['article', 'article with code', 'table page', 'fallback page', 'translation page'];
  for (const [path, kind] of kindOf) {
    const checks = new Map(budgetChecks(path).map((check) => [check.what, check.budget]));
    assert.equal(checks.get('CSS'), BUDGETS.css, path);
    assert.equal(checks.get('JavaScript'), jsBudgetOf(kind), `${path} (${kind})`);
    assert.equal(checks.has('HTML around the text'), articleKinds.includes(kind), `${path} (${kind})`);
    assert.equal(checks.has('total'), kind === 'home', `${path} (${kind})`);
  }
  assert.ok(kindOf.size > 0);
});

test('no page loads fonts or anything from another origin on first load', () => {
  const pages = builtPages();
  assert.ok(pages.length > 0, 'dist/ has pages');
  // firstLoad() throws for a reference to another origin or to a file missing from dist/.
  for (const path of pages) {
    for (const resource of firstLoad(path)) assert.notEqual(resource.kind, 'font', `${path}: web font ${resource.url}`);
  }
});

test('a reference missing from dist/ or on another origin fails the budgets instead of weighing nothing', () => {
  const page = (tag: string) => `<!doctype html><html lang="en"><head>${tag}</head><body></body></html>`;
  assert.throws(() => firstLoad('/en/x/', page('<link rel="stylesheet" href="/_astro/missing.css">')), {
    message: '/en/x/: /_astro/missing.css is referenced but missing from dist/',
  });
  assert.throws(() => firstLoad('/en/x/', page('<script src="https://cdn.example/x.js"></script>')), {
    message: '/en/x/: https://cdn.example/x.js is not on the site',
  });
  assert.equal(firstLoad('/en/x/', page('')).length, 1, 'a page without references is just its HTML');
});
