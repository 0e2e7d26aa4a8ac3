import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildSite } from '../../tests/support/site-copy.ts';
import { parseRecord, RECORD_FILE, type PublishedLink } from '../../src/lib/published-links.ts';
import { COMPUTED_RECORD_ENV } from '../../src/integrations/published-links.ts';
import { linkNodeModules } from './linked-node-modules.ts';

/** A built copy of the project: its folder, its dist/ and how long the build took. */
export interface Build {
  root: string;
  dist: string;
  seconds: number;
  /** The record of published links this build computed (src/integrations/published-links.ts). */
  links: PublishedLink[];
}

export interface Builds {
  before: Build;
  after: Build;
}

/**
 * Builds the site at commit `base` (in a temporary git worktree) and as it is in the working tree,
 * then hands both dist/ folders to `use`. The worktree shares node_modules, unless the base locks
 * other dependencies (a change of the stack: Astro's version, say): then it gets its own, installed
 * from its lockfile, so the comparison shows what the new stack changes. The worktree is removed
 * afterwards, whatever happens. For `npm run compare:builds` and `npm run review`.
 */
export async function withBaseAndHeadBuilds<T>(base: string, use: (builds: Builds) => Promise<T> | T): Promise<T> {
  const work = mkdtempSync(join(tmpdir(), 'kb-base-'));
  const checkout = join(work, 'site');
  try {
    execFileSync('git', ['worktree', 'add', '--detach', checkout, base], { cwd: ROOT, stdio: 'ignore' });
    const lockfile = (root: string) => readFileSync(join(root, 'package-lock.json'), 'utf8');
    if (lockfile(checkout) === lockfile(ROOT)) linkNodeModules(ROOT, checkout);
    else {
      console.error(`installing the dependencies ${base} locks …`);
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: checkout, stdio: 'ignore' });
    }
    const build = async (name: string, site: string, record: string): Promise<Build> => {
      console.error(`building ${name} …`);
      const started = performance.now();
      const result = await buildSite(site, { [COMPUTED_RECORD_ENV]: record });
      if (!result.ok) throw new Error(`the build of ${name} failed:\n${result.output}`);
      const seconds = (performance.now() - started) / 1000;
      // A base from before COMPUTED_RECORD_ENV wrote it beside its cache, which both builds share.
      const written = existsSync(record) ? record : join(site, 'node_modules', '.astro', RECORD_FILE);
      const links = existsSync(written) ? parseRecord(readFileSync(written, 'utf8')) : [];
      return { root: site, dist: join(site, 'dist'), seconds, links };
    };
    const before = await build(base, checkout, join(work, 'base-links.txt'));
    const after = await build('the working tree', ROOT, join(work, 'head-links.txt'));
    return await use({ before, after });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', checkout], { cwd: ROOT, stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
  }
}
