/**
 * npm run bench:build — cold build time of this site against a bare Astro 7 baseline
 * (bench/baseline: one collection, one layout, default Markdown processor), both fed the same
 * synthetic articles (bench/synthetic-articles.ts). For N = 100 and 1000 (or BENCH_SIZES=…):
 * caches deleted before every build, project and baseline interleaved, median of 3 runs (BENCH_RUNS).
 * Prints wall time, peak memory (resident set of the build process) and the ratio project / baseline.
 */
import { prepareBaseline, prepareProject } from './baseline-site.ts';
import { coldBuild, median } from './cold-build.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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
