/**
 * npm run bench:lighthouse — Lighthouse (mobile preset, simulated throttling) on the built site
 * and, in the same run, on the bare Astro baseline (bench/baseline with one synthetic article):
 * the floor an LCP can reach. The bare site also renders two of our articles from their sources, so
 * those pages have a second floor, the same text without our page around it ("× bare, same text"):
 * what the page adds, whatever the article's length. Pages: home, an article, an article with
 * code, the serverless test page, search and a fallback page, in both locales. Serves each dist/
 * gzipped, as a static host does (tests/support/static-server.ts), and drives the system Chromium
 * (KB_CHROMIUM_PATH or /usr/bin/chromium).
 * Run `npm run build` first. One run warms Chromium up and is not counted. Prints the four category
 * scores, LCP (median of LIGHTHOUSE_RUNS, 3; every run's value beside it), its ratio to the bare
 * page's, CLS, and TBT (median; every run's value beside it: it spreads widely between runs) per
 * page.
 * `LIGHTHOUSE_PAGES=/en/,/de/search/?q=aws npm run bench:lighthouse` measures other pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { headingAttributeBlock } from '../src/lib/heading-ids.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/browsers.ts';
import { ROOT } from '../tests/support/site-copy.ts';
import { prepareBaseline } from './baseline-site.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const DEFAULT_PAGES = [
  '/en/',
  '/de/',
  '/en/advantages-aws-multi-account-architecture/', // article
  '/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/', // article
  '/en/aurora-xtrabackup/', // article with code
  '/de/aurora-xtrabackup/', // fallback page with code
  '/de/advantages-aws-multi-account-architecture/', // fallback page
  '/en/the-serverless-test/',
  '/de/the-serverless-test/', // translation with the table
  '/en/search/?q=aurora',
  '/de/search/?q=aurora',
];
const PAGES = process.env.LIGHTHOUSE_PAGES?.split(',') ?? DEFAULT_PAGES;
/** Pages whose article (plain Markdown, no components) the bare site renders too: page → source. */
const SAME_TEXT: Record<string, string> = {
  '/en/advantages-aws-multi-account-architecture/': 'en/advantages-aws-multi-account-architecture.mdx',
  '/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/':
    'de/lesegruppen-buchclubs-organisationales-lernen-unternehmen.mdx',
};
/** The bare site's address of a source: the file's name is the entry's id. */
const barePath = (source: string) => `/${basename(source, '.mdx')}/`;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/**
 * The source without its heading attribute blocks (`{#id}`, src/lib/heading-ids.ts): they are this
 * site's Markdown syntax, an expression to plain MDX.
 */
function withoutHeadingAttributes(source: string): string {
  const lines = source.split('\n');
  return lines
    .map((line, index) => {
      const block = headingAttributeBlock(line, lines[index + 1] ?? '');
      return block ? line.slice(0, block.start).trimEnd() + line.slice(block.end) : line;
    })
    .join('\n');
}

if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
const baseline = prepareBaseline(1);
for (const source of Object.values(SAME_TEXT))
  writeFileSync(
    join(baseline, 'content', 'articles', basename(source)),
    withoutHeadingAttributes(readFileSync(join(ROOT, 'content', 'articles', source), 'utf8')),
  );
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: baseline,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const site = await serveDist(join(ROOT, 'dist'));
const bare = await serveDist(join(baseline, 'dist'));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

interface Measurement {
  scores: number[];
  lcp: number;
  cls: number;
  tbt: number;
  /** Every run's LCP, fastest first: Lighthouse's simulated LCP jumps between two values ~100 ms apart. */
  lcps: number[];
  /** Every run's TBT, in the order of the runs. */
  tbts: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One Lighthouse run (mobile preset) in the shared Chromium. */
const runLighthouse = async (url: string) =>
  (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }))!.lhr;

/** Median LCP of RUNS Lighthouse runs, with the scores and CLS of that run; median TBT. */
async function measure(url: string): Promise<Measurement> {
  const runs: Omit<Measurement, 'lcps' | 'tbts'>[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { categories, audits } = await runLighthouse(url);
    const metric = (id: string) => audits[id]!.numericValue!;
    runs.push({
      scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
        Math.round((categories[id]?.score ?? 0) * 100),
      ),
      lcp: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbt: metric('total-blocking-time'),
    });
  }
  const tbts = runs.map((run) => run.tbt);
  runs.sort((a, b) => a.lcp - b.lcp);
  return { ...runs[Math.floor(runs.length / 2)]!, lcps: runs.map((run) => run.lcp), tbt: median(tbts), tbts };
}

const rows: string[] = [];
try {
  // A first Lighthouse run in a fresh Chromium measured 25–35 ms slower LCP than the same page
  // measured later (identical copies of a page, 5 runs each): one run warms up and is not counted.
  const floorUrl = `${bare.origin}/${syntheticArticle(0).slug}/`;
  await runLighthouse(floorUrl);
  const floor = await measure(floorUrl);
  const row = (page: string, { scores, lcp, cls, tbt, lcps, tbts }: Measurement, sameTextFloor?: Measurement) =>
    `| ${page} | ${scores.join(' | ')} | ${Math.round(lcp)} ms | ${(lcp / floor.lcp).toFixed(2)} | ${sameTextFloor ? (lcp / sameTextFloor.lcp).toFixed(2) : '–'} | ${lcps.map(Math.round).join(', ')} | ${cls.toFixed(3)} | ${Math.round(tbt)} ms | ${tbts.map(Math.round).join(', ')} |`;
  const print = (line: string) => {
    rows.push(line);
    console.log(line);
  };
  print(row('bare Astro page (bench/baseline)', floor));
  for (const path of PAGES) {
    const source = SAME_TEXT[path];
    const sameTextFloor = source ? await measure(`${bare.origin}${barePath(source)}`) : undefined;
    if (sameTextFloor) print(row(`bare Astro page, text of ${path}`, sameTextFloor, sameTextFloor));
    print(row(path, await measure(`${site.origin}${path}`), sameTextFloor));
  }
} finally {
  await chrome.kill();
  site.close();
  bare.close();
}
console.log(
  '\n| page | performance | accessibility | best practices | SEO | LCP | × bare | × bare, same text | LCP of each run | CLS | TBT | TBT of each run |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
