/** One cold `astro build` of a site copy, with its wall time, CPU time and peak memory: what the build benchmarks measure. */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/support/site-copy.ts';

export interface BuildCost {
  seconds: number;
  peakMiB: number;
  cpuSeconds: number;
  /** The highest resident memory of the build and its child processes (Pagefind) together, sampled. */
  treePeakMiB: number;
}

/** Resident memory (MiB) of a process and its descendants now (Linux /proc; 0 where unavailable). */
function treeRssMiB(pid: number): number {
  try {
    const kib = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return kib / 1024 + children.reduce((sum, child) => sum + treeRssMiB(Number(child)), 0);
  } catch {
    return 0;
  }
}

/** Peak resident memory (MiB) and CPU time used so far (s) of a running process (Linux /proc; 0 where unavailable). */
function processUsage(pid: number): { peakMiB: number; cpuSeconds: number } {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    // Fields 14–17 of /proc/<pid>/stat: user and system time of the process and of its finished
    // children (Pagefind's indexer), in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 15).map(Number);
    return { peakMiB: kib ? Number(kib) / 1024 : 0, cpuSeconds: fields.reduce((sum, ticks) => sum + ticks, 0) / 100 };
  } catch {
    return { peakMiB: 0, cpuSeconds: 0 };
  }
}

/**
 * One cold build: caches and output deleted first. CPU time (sampled every 100 ms until shortly
 * before exit, Pagefind's process included) varies less than wall time when the machine is shared.
 * `log` is what the build printed (its per-page render times among it).
 */
export function coldBuild(site: string, env: Record<string, string> = {}): Promise<BuildCost & { log: string }> {
  for (const cache of ['.astro', 'dist', 'node_modules/.astro'])
    rmSync(join(site, cache), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: site,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let usage = { peakMiB: 0, cpuSeconds: 0 };
    let treePeakMiB = 0;
    let [log, errors] = ['', ''];
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (errors += chunk));
    const poll = setInterval(() => {
      const now = processUsage(child.pid!);
      if (now.cpuSeconds > 0) usage = { peakMiB: Math.max(usage.peakMiB, now.peakMiB), cpuSeconds: now.cpuSeconds };
      treePeakMiB = Math.max(treePeakMiB, treeRssMiB(child.pid!));
    }, 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`build in ${site} failed:\n${errors}`));
      else resolve({ seconds: (performance.now() - start) / 1000, ...usage, treePeakMiB, log });
    });
  });
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
