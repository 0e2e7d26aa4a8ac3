import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/browsers.ts';

// KB_TEST_PORT lets two checkouts run their browser tests at the same time.
const PORT = Number(process.env.KB_TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Screenshots of tests/e2e/visual.spec.ts, one name per picture whatever the platform: the fonts
  // and the browser are the ones .ci/run installs.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  expect: {
    // A changed look moves many pixels (an underline under a few links: about 0.1 %); the same
    // Debian Chromium and fonts elsewhere differ by a few at most.
    toHaveScreenshot: { maxDiffPixelRatio: 0.0005, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: {
    // Serves the built dist/; --ignore-lock avoids stale preview locks between runs.
    command: `astro preview --port ${PORT} --ignore-lock`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_PREVIEW_BACKGROUND: '0' },
  },
});
