/**
 * tests/run.mjs counts what the runners really did: a skipped or todo test is counted as skipped
 * (and fails `npm test`), a stage that ran nothing is a failure. Checked against real runs of
 * small test files with one test of each outcome. Those files are written at run time, into the
 * ignored tests/fixtures/.work/ (node_modules resolves from there), so the repository itself holds
 * no skipped test.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { nodeTestCounts, playwrightCounts } from '../support/test-counts.mjs';

const WORK = join(import.meta.dirname, '..', 'fixtures', '.work');
/** The two ways a test can be marked as not run. */
const NOT_RUN = ['skip', 'todo'] as const;

function scratchDir(): string {
  mkdirSync(WORK, { recursive: true });
  return mkdtempSync(join(WORK, 'test-runner-'));
}

test('node:test: one passed, one failed, a skipped and a todo test counted as 2 skipped', () => {
  const file = join(scratchDir(), 'one-of-each.test.ts');
  writeFileSync(
    file,
    [
      "import assert from 'node:assert/strict';",
      "import { test } from 'node:test';",
      "test('passes', () => assert.ok(true));",
      "test('fails', () => assert.fail('on purpose'));",
      ...NOT_RUN.map((marker) => `test('not run', { ${marker}: 'on purpose' }, () => {});`),
    ].join('\n'),
  );
  // Without NODE_TEST_CONTEXT the child reports as a top-level run (as in tests/run.mjs), not to this one.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', file], { encoding: 'utf8', env });
  assert.notEqual(run.status, 0, 'the file has a failing test');
  assert.deepEqual(nodeTestCounts(run.stdout, run.status === 0), { passed: 1, failed: 1, skipped: 2 });
});

test('node:test: a run that executed no test is one failure', () => {
  assert.deepEqual(nodeTestCounts('', true), { passed: 0, failed: 1, skipped: 0 });
});

test('Playwright: a skipped test is counted from the JSON report', () => {
  const dir = scratchDir();
  writeFileSync(
    join(dir, 'one-of-each.spec.ts'),
    [
      "import { expect, test } from '@playwright/test';",
      "test('passes', () => expect(1).toBe(1));",
      `test('not run', () => test.${NOT_RUN[0]}(true, 'on purpose'));`,
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'playwright.config.ts'),
    "export default { testDir: '.', reporter: [['json', { outputFile: 'report.json' }]] };\n",
  );
  const run = spawnSync(
    join('node_modules', '.bin', 'playwright'),
    ['test', '--config', join(dir, 'playwright.config.ts')],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(playwrightCounts(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')), true), {
    passed: 1,
    failed: 0,
    skipped: 1,
  });
});

test('Playwright: no report at all is one failure', () => {
  assert.deepEqual(playwrightCounts(null, true), { passed: 0, failed: 1, skipped: 0 });
});
