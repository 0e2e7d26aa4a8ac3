/**
 * npm run bench:lighthouse — Lighthouse (mobile preset, simulated throttling) on the built site:
 * home, an article, the serverless test page and the search page, in both locales. Serves dist/
 * with `astro preview` and drives the system Chromium (KB_CHROMIUM_PATH or /usr/bin/chromium).
 * Run `npm run build` first. Prints the four category scores, LCP, CLS and TBT per page.
 * `LIGHTHOUSE_PAGES=/en/,/de/search/?q=aws npm run bench:lighthouse` measures other pages.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { ROOT } from '../tests/support/site-copy.ts';

const PORT = 4399;
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
const server = spawn(
  process.execPath,
  [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(PORT), '--ignore-lock'],
  {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_PREVIEW_BACKGROUND: '0' },
  },
);
for (let attempt = 0; attempt < 50; attempt += 1) {
  if (
    await fetch(`http://localhost:${PORT}/en/`).then(
      (response) => response.ok,
      () => false,
    )
  )
    break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

const rows: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`http://localhost:${PORT}${path}`, {
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
  server.kill();
}
console.log('\n| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
