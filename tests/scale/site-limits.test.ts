/**
 * The site at 1,000 generated articles beside the real ones (bench/scale-articles.ts): every file
 * and page within the host limits and byte budgets of tests/support/host-limits.ts, and the lists
 * that must not grow with the base (home, archive years, tags, translation work) cut as planned.
 * `npm run bench:scale` runs the same checks at 10,000.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { prepareScaleSite } from '../../bench/scale-articles.ts';
import { listArticlePaths } from '../../src/lib/article-files.ts';
import { HOME_NEWEST, INLINE_ASSETS_MAX_ARTICLES, LIST_PAGE_SIZE } from '../../src/lib/list-pages.ts';
import { checkSiteLimits, describeSite, HOST_LIMITS } from '../support/host-limits.ts';
import { buildSite, ROOT } from '../support/site-copy.ts';

const N = 1000;
const site = prepareScaleSite(join(ROOT, 'tests', 'fixtures', '.work', `scale-${N}`), N);
const dist = join(site, 'dist');
const build = await buildSite(site, { KB_COMPUTED_RECORD: join(site, 'computed-published-links.txt') });
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

test(`${N} generated articles build`, () => {
  assert.ok(build.ok, build.output.slice(-3000));
});

test(`at ${N} articles every file is within the host limits and every page and file within its gzip budget`, () => {
  const report = checkSiteLimits(dist);
  console.log(describeSite(report));
  assert.ok(report.files > 2 * N, `${report.files} files: every article in both locales`);
  assert.ok(report.heaviestPage && report.heaviestFile, 'large pages and files were measured, not skipped');
  assert.deepEqual(report.violations, []);
});

test('the host limits check names the file that is over, and the site when it has too many files or bytes', () => {
  const report = checkSiteLimits(dist);
  const { heaviestPage, heaviestFile, largest } = report;
  const tight = {
    ...HOST_LIMITS,
    pageGzip: heaviestPage!.gzip! - 1,
    fileGzip: heaviestFile!.gzip! - 1,
    fileBytes: largest.bytes - 1,
    files: report.files - 1,
    siteBytes: report.bytes - 1,
  };
  const violations = checkSiteLimits(dist, tight).violations;
  for (const path of [heaviestPage!.path, heaviestFile!.path, largest.path])
    assert.ok(
      violations.some((line) => line.startsWith(`${path}:`)),
      `${path} is named`,
    );
  assert.equal(violations.filter((line) => line.startsWith('the site:')).length, 2);
});

test('beyond INLINE_ASSETS_MAX_ARTICLES a page links its stylesheets and scripts, served from the site and allowed by its CSP', () => {
  // The home, a German original, an English original and its German fallback page.
  for (const path of ['en', 'de/synthetic-article-00009', 'en/synthetic-article-00010', 'de/synthetic-article-00010']) {
    const doc = page(path);
    const sheets = doc.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
    assert.ok(sheets.length > 0, `${path}: stylesheets`);
    for (const sheet of sheets) assert.match(sheet, /^\/_astro\/[\w.-]+\.css$/, path);
    for (const sheet of sheets) assert.ok(readFileSync(join(dist, sheet)).length > 0, `${sheet} is built`);
    // What only some pages need (code blocks: the generated articles have one) is a file too.
    assert.equal(doc.querySelectorAll('style').length, 0, path);
    if (doc.querySelector('.code-block'))
      assert.ok(
        sheets.some((sheet) => sheet.includes('code-blocks')),
        `${path}: the code blocks' sheet`,
      );
    const icon = doc.querySelector('link[rel="icon"]')!.getAttribute('href')!;
    assert.ok(icon.startsWith('/') && readFileSync(join(dist, icon)).length > 0, `${path}: the favicon as a file`);
    const scripts = doc.querySelectorAll('script[type="module"]');
    assert.ok(scripts.length > 0, `${path}: page scripts`);
    for (const script of scripts) {
      assert.match(script.getAttribute('src') ?? '', /^\/_astro\/[\w.-]+\.js$/, `${path}: a script file, not inline`);
      assert.ok(
        readFileSync(join(dist, script.getAttribute('src')!)).length > 0,
        `${script.getAttribute('src')} is built`,
      );
    }
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    assert.match(csp, /style-src 'self'/, path);
    assert.match(csp, /script-src 'self'/, path);
  }
  const articles = listArticlePaths(join(site, 'content', 'articles')).length;
  assert.ok(articles > INLINE_ASSETS_MAX_ARTICLES, `${articles} article files: the scale test builds in this mode`);
});

test('the home lists the newest articles only; the archive, tags and translation work are paged', () => {
  for (const locale of ['en', 'de']) {
    assert.equal(page(`${locale}`).querySelectorAll('main .article-list > li').length, HOME_NEWEST, locale);
    const years = readdirSync(join(dist, locale, 'archive'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    // One generated article a day from 2015: 1,000 days span 2015 to 2017, with the real ones up to 2023.
    assert.ok(years.length >= 3, `${locale}: ${years.length} archive years`);
    const tagPages = readdirSync(join(dist, locale, 'tags', 'aws'), { withFileTypes: true });
    assert.ok(
      tagPages.some((entry) => entry.name === '2'),
      `${locale}: a tag with more than ${LIST_PAGE_SIZE} articles has a second page`,
    );
  }
  assert.equal(
    page('de/translations').querySelectorAll('table')[1]?.querySelectorAll('tbody tr').length,
    LIST_PAGE_SIZE,
  );
});
