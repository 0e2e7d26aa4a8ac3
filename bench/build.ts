/**
 * npm run bench:build — cold build time of this site against a bare Astro 7 baseline
 * (bench/baseline: one collection, one layout, default Markdown processor), both fed the same
 * synthetic articles (bench/synthetic-articles.ts). For N = 100 and 1000 (or BENCH_SIZES=…):
 * caches deleted before every build, project and baseline interleaved, median of 3 runs (BENCH_RUNS).
 * Prints wall time, peak memory (resident set of the build process) and the ratio project / baseline.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/support/site-copy.ts';
import { prepareBaseline, prepareProject } from './baseline-site.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Peak resident memory (MiB) and CPU time used so far (s) of a running process (Linux /proc; 0 where unavailable). */
function processUsage(pid: number): { peakMiB: number; cpuSeconds: number } {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    // Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { peakMiB: kib ? Number(kib) / 1024 : 0, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return { peakMiB: 0, cpuSeconds: 0 };
  }
}

/**
 * One cold build: caches and output deleted first. CPU time (sampled until shortly before exit;
 * Pagefind's own process not included) varies less than wall time when the machine is shared.
 */
function coldBuild(site: string): Promise<{ seconds: number; peakMiB: number; cpuSeconds: number }> {
  for (const cache of ['.astro', 'dist', 'node_modules/.astro'])
    rmSync(join(site, cache), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: site,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let usage = { peakMiB: 0, cpuSeconds: 0 };
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const poll = setInterval(() => {
      const now = processUsage(child.pid!);
      if (now.cpuSeconds > 0) usage = { peakMiB: Math.max(usage.peakMiB, now.peakMiB), cpuSeconds: now.cpuSeconds };
    }, 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`build in ${site} failed:\n${errors}`));
      else resolve({ seconds: (performance.now() - start) / 1000, ...usage });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const rows: string[] = [];
for (const n of SIZES) {
  const project = prepareProject(n);
  const baseline = prepareBaseline(n);
  const times = { project: [] as number[], baseline: [] as number[] };
  const cpu = { project: [] as number[], baseline: [] as number[] };
  const peaks = { project: [] as number[], baseline: [] as number[] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, site] of [
      ['project', project],
      ['baseline', baseline],
    ] as const) {
      const { seconds, peakMiB, cpuSeconds } = await coldBuild(site);
      times[name].push(seconds);
      cpu[name].push(cpuSeconds);
      peaks[name].push(peakMiB);
      console.log(
        `N=${n} run ${run + 1} ${name}: ${seconds.toFixed(1)} s, CPU ${cpuSeconds.toFixed(1)} s, peak ${peakMiB.toFixed(0)} MiB`,
      );
    }
  }
  const ratio = median(times.project) / median(times.baseline);
  const cpuRatio = median(cpu.project) / median(cpu.baseline);
  rows.push(
    `| ${n} | ${median(times.project).toFixed(1)} s | ${median(times.baseline).toFixed(1)} s | ${ratio.toFixed(2)} | ${cpuRatio.toFixed(2)} | ${median(peaks.project).toFixed(0)} MiB | ${median(peaks.baseline).toFixed(0)} MiB |`,
  );
}
console.log(
  '\n| N | project (median) | baseline (median) | ratio | CPU-time ratio | project peak RSS | baseline peak RSS |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
