import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A throwaway copy of the site at `target` (code and config, node_modules linked) with an empty
 * `content/`: tests and benchmarks fill it with the content they need.
 */
export function copySite(target: string): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'content', 'articles', 'en'), { recursive: true });
  mkdirSync(join(target, 'content', 'articles', 'de'), { recursive: true });
  mkdirSync(join(target, 'content', 'serverless'), { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(target, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}
