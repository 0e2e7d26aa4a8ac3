/**
 * npm run bench:dev — the contributor's loop in `astro dev`: how long until the server is ready
 * (caches deleted first: the first start after a clone, then a second start with the caches it
 * made), how long the first article page takes, and how long after saving an edited article the
 * edit is in the served page. For the real site (9 articles) and N = 1000 synthetic ones
 * (BENCH_SIZES), BENCH_RUNS times each (default 3), median.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, copySite } from '../tests/support/site-copy.ts';
import { WORK, prepareProject } from './baseline-site.ts';
import { median } from './cold-build.ts';

const SIZES = (process.env.BENCH_SIZES ?? '9,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4391);

/** The real site for N = 9, else N synthetic articles; the article the benchmark edits. */
function prepare(n: number): { site: string; file: string; path: string } {
  if (n === 9) {
    const site = copySite(join(WORK, 'dev-real'));
    cpSync(join(ROOT, 'content'), join(site, 'content'), { recursive: true });
    return { site, file: 'content/articles/en/aurora-xtrabackup.mdx', path: '/en/aurora-xtrabackup/' };
  }
  const site = prepareProject(n, 'dev-synthetic');
  return { site, file: 'content/articles/en/synthetic-article-00000.mdx', path: '/en/synthetic-article-00000/' };
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 300_000): Promise<T> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const page = async (path: string) => {
  const response = await fetch(`http://localhost:${PORT}${path}`);
  return response.ok ? response.text() : undefined;
};

function startDev(site: string): ChildProcess {
  return spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(PORT), '--strictPort'],
    { cwd: site, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** One start: seconds until the server answers, until the article page is served, and until an edit shows. */
async function oneRun(site: string, file: string, path: string, run: number) {
  const start = performance.now();
  const server = startDev(site);
  try {
    await until(() => fetch(`http://localhost:${PORT}/`).then(() => true), 'the dev server');
    const ready = (performance.now() - start) / 1000;
    await until(() => page(path), path);
    const firstPage = (performance.now() - start) / 1000;
    const marker = `devloopmarker${run}x${Date.now()}`;
    const saved = performance.now();
    appendFileSync(join(site, file), `\n\n${marker}\n`);
    await until(async () => ((await page(path))?.includes(marker) ? true : undefined), 'the edit');
    return { ready, firstPage, edit: (performance.now() - saved) / 1000 };
  } finally {
    await stop(server);
  }
}

const rows: string[] = [];
for (const n of SIZES) {
  const { site, file, path } = prepare(n);
  const results = { cold: [] as number[], warm: [] as number[], firstPage: [] as number[], edit: [] as number[] };
  for (let run = 1; run <= RUNS; run += 1) {
    for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite'])
      rmSync(join(site, cache), { recursive: true, force: true });
    const cold = await oneRun(site, file, path, run);
    const warm = await oneRun(site, file, path, run + 100);
    console.log(
      `N=${n} run ${run}: ready ${cold.ready.toFixed(1)} s cold / ${warm.ready.toFixed(1)} s warm, article page ${cold.firstPage.toFixed(1)} s, edit visible ${cold.edit.toFixed(2)} s / ${warm.edit.toFixed(2)} s`,
    );
    results.cold.push(cold.ready);
    results.warm.push(warm.ready);
    results.firstPage.push(cold.firstPage);
    results.edit.push(cold.edit, warm.edit);
  }
  rows.push(
    `| ${n} | ${median(results.cold).toFixed(1)} s | ${median(results.warm).toFixed(1)} s | ${median(results.firstPage).toFixed(1)} s | ${median(results.edit).toFixed(2)} s |`,
  );
  rmSync(site, { recursive: true, force: true });
}
console.log('\n| N | dev server ready (cold) | ready (warm) | first article page (cold) | edit visible after save |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
