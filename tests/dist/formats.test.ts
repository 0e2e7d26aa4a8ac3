/**
 * The built files that tools read, checked by independent validators (tests/support/format-validators.ts,
 * where tests/unit/format-validators.test.ts shows each one failing on a defect): structured data and
 * social cards of every page, markdownlint on the Markdown twins and /llms.txt, sitemaps.org's XSD on
 * the sitemaps.
 */
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { LLMS_TXT_PATH } from '../../src/lib/urls.ts';
import { DIST, readPage } from '../support/dist.ts';
import { markdownProblems, structuredDataProblems, urlsetProblems } from '../support/format-validators.ts';
import { sitePlan } from '../support/site-plan.ts';

test('structured-data-testing-tool: every page’s JSON-LD, Open Graph and Twitter card pass the Google, Facebook and Twitter presets', async () => {
  const { indexable, unindexed } = sitePlan();
  const pages = [...indexable, ...unindexed];
  assert.ok(pages.length > 50, `${pages.length} pages`);
  const problems = (
    await Promise.all(pages.map(async (path) => ({ path, found: await structuredDataProblems(readPage(path)) })))
  )
    .filter(({ found }) => found.length > 0)
    .map(({ path, found }) => `${path}: ${found.join(', ')}`);
  assert.deepEqual(problems, []);
});

test('markdownlint: every Markdown twin and /llms.txt', async () => {
  const files = [...globSync('*/*.md', { cwd: DIST }).map((file) => `/${file}`), LLMS_TXT_PATH];
  assert.ok(files.length > 10, `${files.length} files`);
  const texts = Object.fromEntries(files.map((path) => [path, readFileSync(`${DIST}${path}`, 'utf8')]));
  assert.deepEqual(await markdownProblems(texts), []);
});

test('sitemaps.org XSD: every <urlset> sitemap validates; every sitemap index lists only built, validated sitemaps', async () => {
  const files = globSync('sitemap*.xml', { cwd: DIST }).map((file) => `/${file}`);
  const roots = new XMLParser({ ignoreAttributes: false });
  const urlsets: string[] = [];
  const listed: string[] = [];
  for (const path of files) {
    const xml = readFileSync(`${DIST}${path}`, 'utf8');
    const document = roots.parse(xml);
    if (document.urlset) {
      urlsets.push(path);
      assert.deepEqual(await urlsetProblems(path, xml), [], path);
    } else {
      // No package ships sitemaps.org's siteindex.xsd, so an index is checked by what it points to.
      assert.ok(document.sitemapindex, `${path}: a <urlset> or a <sitemapindex>`);
      for (const { loc } of [document.sitemapindex.sitemap].flat() as { loc: string }[]) {
        assert.equal(new URL(loc).origin, 'https://ruempler.eu', `${path}: ${loc}`);
        listed.push(new URL(loc).pathname);
      }
    }
  }
  assert.ok(urlsets.length > 0 && listed.length > 0, `sitemaps ${urlsets.join(', ')}, listed ${listed.join(', ')}`);
  assert.deepEqual(
    listed.filter((path) => !urlsets.includes(path)),
    [],
    'listed sitemaps that are no validated <urlset>',
  );
});
