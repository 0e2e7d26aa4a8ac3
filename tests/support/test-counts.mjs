// Reads the counts of a test run from what the runners report, for tests/run.mjs.
// A skipped or todo test counts as skipped; a stage that ran no test counts as one failure.

/**
 * Counts from node:test's spec reporter, whose closing lines read "ℹ pass 3", "ℹ skipped 1", ….
 * @param {string} stdout what `node --test` printed
 * @param {boolean} ok whether it exited 0
 */
export function nodeTestCounts(stdout, ok) {
  const count = (name) => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(stdout)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled') || (ok && passed > 0 ? 0 : 1);
  return { passed, failed, skipped: count('skipped') + count('todo') };
}

/**
 * Counts from Playwright's JSON report (`stats`); no report is a failure.
 * @param {{ stats?: { expected: number, unexpected: number, flaky: number, skipped: number } } | null} report
 * @param {boolean} ok whether `playwright test` exited 0
 */
export function playwrightCounts(report, ok) {
  const stats = report?.stats ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
  const passed = stats.expected + stats.flaky;
  return { passed, failed: stats.unexpected || (ok && passed > 0 ? 0 : 1), skipped: stats.skipped };
}
