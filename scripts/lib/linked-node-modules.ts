import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** The caches in node_modules/ that every build writes: Astro's and Vite's. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Gives a copy of the project (a test fixture, a benchmark's site, a worktree) the project's packages
 * but caches of its own: `<copy>/node_modules` is a folder of links to each installed package.
 * Copies that shared one linked node_modules/ also shared its caches, and builds running at the same
 * time broke each other: Vite's dependency optimiser renamed its folder under another build
 * (ENOTEMPTY), and Astro's data store held another copy's articles.
 */
export function linkNodeModules(projectRoot: string, copy: string): void {
  const target = join(copy, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(projectRoot, 'node_modules', entry), join(target, entry));
  }
}
