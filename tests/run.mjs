// Runs every test stage in order and ends with one summary line: "N passed, N failed, N skipped".
// A skipped or todo test fails the run: a check that did not run must not look like one that passed.
// Used by `npm test` (and so by .ci/run); each stage also has its own npm script.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { nodeTestCounts, playwrightCounts } from './support/test-counts.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

/** Runs a command, streaming its output as it comes, and returns the output for counting. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ ok: code === 0, stdout }));
  });
}

function record(stage, { passed, failed, skipped }) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  summary.push(`${stage}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

/** node:test stage: counts come from the spec reporter's closing lines. */
async function nodeTests(stage, pattern) {
  const { ok, stdout } = await run(process.execPath, ['--test', '--test-concurrency=2', pattern]);
  record(stage, nodeTestCounts(stdout, ok));
}

/** A command that is one check: passes or fails as a whole. */
async function singleCheck(stage, command, args) {
  const { ok } = await run(command, args);
  record(stage, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

const bin = (name) => `node_modules/.bin/${name}`;

await nodeTests('unit', 'tests/unit/*.test.ts');
await singleCheck('content lint', process.execPath, ['scripts/lint-content.ts']);
await singleCheck('ESLint', bin('eslint'), ['.']);
await singleCheck('Prettier', bin('prettier'), ['--check', '.']);
await singleCheck('astro check (types)', bin('astro'), ['check']);
// Astro caches rendered Markdown between builds and does not notice edits to our Markdown plugins
// (src/markdown/); the tests always build from scratch.
rmSync('.astro/data-store.json', { force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const built = await singleCheck('astro build', bin('astro'), ['build']);
if (built) {
  await nodeTests('built site', 'tests/dist/*.test.ts');
  rmSync('test-results/e2e.json', { force: true });
  const e2e = await run(bin('playwright'), ['test']);
  const report = existsSync('test-results/e2e.json') ? JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) : null;
  record('browser (Playwright)', playwrightCounts(report, e2e.ok));
  await nodeTests('Firefox and WebKit journeys', 'tests/engines/*.test.ts');
} else {
  summary.push('built site and browser tests: not run, the build failed');
}
await nodeTests('bad content fixtures', 'tests/content-errors/*.test.ts');
await nodeTests('npm run review on fixture branches', 'tests/review/*.test.ts');
await nodeTests('1,000 generated articles within the host limits and budgets', 'tests/scale/*.test.ts');

console.log(`\n${summary.join('\n')}`);
if (totals.skipped > 0)
  console.log(`\n${totals.skipped} tests skipped or todo: every test must run (see above which).`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.skipped > 0 ? 1 : 0);
