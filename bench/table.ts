/**
 * npm run bench:table — the serverless table with 5,000 synthetic rows in Chromium.
 * Builds a scratch copy of the site whose table data has 5,000 generated rows (fixed seed),
 * serves it, and measures the time from an input event to the updated table for a search
 * keystroke, a filter change and a sort click: the handler, style and layout (forced), and
 * to the next frame. Prints medians; results go into BENCHMARKS.md by hand.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { stringify } from 'yaml';
import { PROVIDERS, VERDICTS, CATEGORIES } from '../src/lib/serverless-table.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/browsers.ts';
import { copySite, ROOT } from '../tests/support/site-copy.ts';
import { seededRandom } from '../tests/support/seeded-random.ts';
import { serveDist } from '../tests/support/static-server.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const RUNS = 31;
const site = copySite(join(ROOT, 'bench', '.work', 'table-site'));

// Deterministic, so every run measures the same table.
const next = seededRandom(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const WORDS =
  'cloud function queue stream database cluster node scale zero idle fee month request capacity edge container'.split(
    ' ',
  );
const sentence = (length: number) => Array.from({ length }, () => pick(WORDS)).join(' ');
const rows = Array.from({ length: ROWS }, (_, index) => ({
  id: `service-${index}`,
  name: `Service ${index} ${pick(WORDS)}`,
  provider: pick(PROVIDERS),
  category: pick(CATEGORIES),
  verdict: pick(VERDICTS),
  reason: { en: sentence(12), de: sentence(12) },
}));
writeFileSync(join(site, 'content', 'serverless', 'services.yaml'), stringify(rows));
for (const locale of ['en', 'de']) {
  const article = join(ROOT, 'content', 'articles', locale, 'the-serverless-test.mdx');
  if (existsSync(article)) cpSync(article, join(site, 'content', 'articles', locale, 'the-serverless-test.mdx'));
}
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: site,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

const server = await serveDist(join(site, 'dist'));

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const page = await browser.newPage();
await page.goto(`${server.origin}/en/the-serverless-test/`);
await page.waitForFunction(
  () =>
    customElements.get('kb-serverless-table') &&
    !document.querySelector<HTMLFormElement>('kb-serverless-table form')!.hidden,
);

/** In the page: run `act` (which dispatches the event) RUNS times; time to layout and to the next frame. */
async function measure(kind: 'search' | 'filter' | 'sort') {
  return page.evaluate(
    async ({ kind, runs }) => {
      const table = document.querySelector('kb-serverless-table')!;
      const input = table.querySelector<HTMLInputElement>('input[name=q]')!;
      const select = table.querySelector<HTMLSelectElement>('select[name=verdict]')!;
      const sortButton = table.querySelector<HTMLButtonElement>('th[data-sort=name] button')!;
      // Each keystroke changes the result: words of the generated reasons, typed letter by letter.
      const queries = [
        'q',
        'qu',
        'que',
        'queu',
        'queue',
        'queue z',
        'queue ze',
        'queue zero',
        'e',
        'ed',
        'edg',
        'edge',
        '',
      ];
      const verdicts = ['yes', '', 'no', '', 'depends', ''];
      const handler: number[] = [];
      const toLayout: number[] = [];
      const toFrame: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        if (kind === 'search') {
          input.value = queries[run % queries.length]!;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (kind === 'filter') {
          select.value = verdicts[run % verdicts.length]!;
          select.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          sortButton.click();
        }
        handler.push(performance.now() - start);
        void document.body.offsetHeight; // force style and layout of the updated table
        toLayout.push(performance.now() - start);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        toFrame.push(performance.now() - start);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      return {
        handler: median(handler),
        toLayout: median(toLayout),
        toFrame: median(toFrame),
        count: table.querySelector('.count')!.textContent,
      };
    },
    { kind, runs: RUNS },
  );
}

const results = { search: await measure('search'), filter: await measure('filter'), sort: await measure('sort') };
await browser.close();
server.close();
const version = execFileSync(process.execPath, ['--version']).toString().trim();
console.log(
  `\nTable benchmark: ${ROWS} rows ("${results.sort.count}"), median of ${RUNS} runs, Chromium ${browser.version()}, Node ${version}`,
);
console.log('| interaction | event handler (script) | input → table updated and laid out | input → next frame |');
console.log('| --- | --- | --- | --- |');
for (const [name, result] of Object.entries(results)) {
  console.log(
    `| ${name} | ${result.handler.toFixed(1)} ms | ${result.toLayout.toFixed(1)} ms | ${result.toFrame.toFixed(1)} ms |`,
  );
}
