/**
 * npm run bench:scale — the site at 10,000 generated articles (BENCH_SCALE=…): builds the real
 * articles plus the generated ones (bench/scale-articles.ts) in a copy, then checks every file and
 * page against the host limits and budgets of tests/support/host-limits.ts. Prints the build's time
 * and peak memory, the site's size and files, the heaviest files, and every limit exceeded (exit 1).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSiteLimits, describeSite } from '../tests/support/host-limits.ts';
import { coldBuild } from './cold-build.ts';
import { prepareScaleSite } from './scale-articles.ts';
import { WORK } from './baseline-site.ts';

const N = Number(process.env.BENCH_SCALE ?? 10_000);
const site = prepareScaleSite(join(WORK, `scale-${N}`), N);
const record = join(site, 'computed-published-links.txt');
const build = await coldBuild(site, { KB_COMPUTED_RECORD: record });
const recordLine = /published links: .*checked in [\d.]+ s/.exec(build.log)?.[0] ?? '';
console.log(
  `N=${N}: build ${build.seconds.toFixed(1)} s, CPU ${build.cpuSeconds.toFixed(1)} s, peak ${build.peakMiB.toFixed(0)} MiB (with Pagefind's process: ${build.treePeakMiB.toFixed(0)} MiB)`,
);
console.log(`${recordLine}; the record it computed: ${(statSync(record).size / 1024 / 1024).toFixed(1)} MiB`);
const report = checkSiteLimits(join(site, 'dist'));
console.log(describeSite(report));
for (const violation of report.violations) console.log(`over: ${violation}`);
console.log(
  report.violations.length === 0 ? 'every file and page within the limits' : `${report.violations.length} over`,
);
process.exit(report.violations.length === 0 ? 0 : 1);
