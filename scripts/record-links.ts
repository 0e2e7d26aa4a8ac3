// `npm run links:record`: builds the site and writes published-links.txt, the record of every
// address and section link the site serves (like a lockfile: commit it with the change that adds
// addresses). It cannot drop an address: the build still fails on one that is no longer served.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { RECORD_ENV } from '../src/integrations/published-links.ts';

const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const { status } = spawnSync(process.execPath, [astro, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [RECORD_ENV]: '1' },
});
process.exitCode = status ?? 1;
