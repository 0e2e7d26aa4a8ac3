import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildSite } from '../../tests/support/site-copy.ts';

/** A built copy of the project: its folder, its dist/ and how long the build took. */
export interface Build {
  root: string;
  dist: string;
  seconds: number;
}

export interface Builds {
  before: Build;
  after: Build;
}

/**
 * Builds the site at commit `base` (in a temporary git worktree that shares node_modules) and as
 * it is in the working tree, then hands both dist/ folders to `use`. The worktree is removed
 * afterwards, whatever happens. For `npm run compare:builds` and `npm run review`.
 */
export async function withBaseAndHeadBuilds<T>(base: string, use: (builds: Builds) => Promise<T> | T): Promise<T> {
  const checkout = join(mkdtempSync(join(tmpdir(), 'kb-base-')), 'site');
  try {
    execFileSync('git', ['worktree', 'add', '--detach', checkout, base], { cwd: ROOT, stdio: 'ignore' });
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
    const build = async (name: string, site: string): Promise<Build> => {
      console.error(`building ${name} …`);
      const started = performance.now();
      const result = await buildSite(site);
      if (!result.ok) throw new Error(`the build of ${name} failed:\n${result.output}`);
      return { root: site, dist: join(site, 'dist'), seconds: (performance.now() - started) / 1000 };
    };
    const before = await build(base, checkout);
    const after = await build('the working tree', ROOT);
    return await use({ before, after });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', checkout], { cwd: ROOT, stdio: 'ignore' });
    rmSync(join(checkout, '..'), { recursive: true, force: true });
  }
}
