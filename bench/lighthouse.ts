/**
 * npm run bench:lighthouse — Lighthouse (mobile preset, simulated throttling) on the built site:
 * home, an article, the serverless test page and the search page, in both locales. Serves dist/
 * gzipped, as a static host does (bench/static-server.ts), and drives the system Chromium
 * (KB_CHROMIUM_PATH or /usr/bin/chromium).
 * Run `npm run build` first. Prints the four category scores, LCP, CLS and TBT per page.
 * `LIGHTHOUSE_PAGES=/en/,/de/search/?q=aws npm run bench:lighthouse` measures other pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { ROOT } from '../tests/support/site-copy.ts';
import { serveDist } from './static-server.ts';

const DEFAULT_PAGES = ['/en/', '/en/aurora-xtrabackup/', '/en/the-serverless-test/', '/en/search/?q=aurora'].flatMap(
  (path) => [
    path,
    path
      .replace('/en/', '/de/')
      .replace('aurora-xtrabackup', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'),
  ],
);

const PAGES = process.env.LIGHTHOUSE_PAGES?.split(',') ?? DEFAULT_PAGES;

if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
const server = await serveDist(join(ROOT, 'dist'));

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

const rows: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    const { categories, audits } = result!.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]!.numericValue!;
    rows.push(
      `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${Math.round(metric('largest-contentful-paint'))} ms | ${metric('cumulative-layout-shift').toFixed(3)} | ${Math.round(metric('total-blocking-time'))} ms |`,
    );
    console.log(rows.at(-1));
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log('\n| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
