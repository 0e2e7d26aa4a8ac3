import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { linkNodeModules } from '../../scripts/lib/linked-node-modules.ts';

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
  linkNodeModules(ROOT, target);
  return target;
}

/** Runs `astro build` in a site copy: whether it succeeded, and what it printed (both streams, no colours). */
export async function buildSite(
  site: string,
  env: Record<string, string> = {},
): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      // The copy's own Astro: linked to this project's, or the base commit's (scripts/lib/base-build.ts).
      [join(site, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env } },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string };
    return { ok: false, output: failure.stdout + failure.stderr };
  }
}
