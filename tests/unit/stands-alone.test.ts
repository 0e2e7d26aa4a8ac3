/**
 * The repository stands alone: a fork or a CI clone has nothing beside it, so no test, script or
 * benchmark may read the project's reference folder (../shared) or its files.
 */
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const OUTSIDE = /\.\.\/shared\b|['"]shared['"]|content-facts\.md|000_52c8a947598a5846/;

test('no code refers to the reference folder outside the repository', () => {
  const files = globSync('{src,tests,scripts,bench,.ci}/**/*.{ts,mjs,js,astro}', { cwd: ROOT }).concat(
    'astro.config.mjs',
    'playwright.config.ts',
    '.ci/run',
  );
  assert.ok(files.length > 50, `read ${files.length} files`);
  const offenders = files.filter(
    (file) => file !== 'tests/unit/stands-alone.test.ts' && OUTSIDE.test(readFileSync(join(ROOT, file), 'utf8')),
  );
  assert.deepEqual(offenders, []);
});
