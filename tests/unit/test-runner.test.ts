/**
 * tests/run.mjs counts what the runners really did: a skipped or todo test is counted as skipped
 * (and fails `npm test`), a stage that ran nothing is a failure. Checked against real runs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nodeTestCounts, playwrightCounts } from '../support/test-counts.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'test-runner');

test('node:test: one passed, one failed, a skipped and a todo test counted as 2 skipped', () => {
  // Without NODE_TEST_CONTEXT the child reports as a top-level run (as in tests/run.mjs), not to this one.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', join(FIXTURES, 'one-of-each.ts')], {
    encoding: 'utf8',
    env,
  });
  assert.notEqual(run.status, 0, 'the fixture has a failing test');
  assert.deepEqual(nodeTestCounts(run.stdout, run.status === 0), { passed: 1, failed: 1, skipped: 2 });
});

test('node:test: a run that executed no test is one failure', () => {
  assert.deepEqual(nodeTestCounts('', true), { passed: 0, failed: 1, skipped: 0 });
});

test('Playwright: a skipped test is counted from the JSON report', () => {
  const report = join(mkdtempSync(join(tmpdir(), 'kb-runner-')), 'report.json');
  const run = spawnSync(
    join('node_modules', '.bin', 'playwright'),
    ['test', '--config', join(FIXTURES, 'playwright.config.ts')],
    { encoding: 'utf8', env: { ...process.env, KB_REPORT_FILE: report } },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(playwrightCounts(JSON.parse(readFileSync(report, 'utf8')), true), {
    passed: 1,
    failed: 0,
    skipped: 1,
  });
});

test('Playwright: no report at all is one failure', () => {
  assert.deepEqual(playwrightCounts(null, true), { passed: 0, failed: 1, skipped: 0 });
});
