import { test, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * A test whose `workerPage` is one page per worker, opened with the project's options plus
 * `options`, and `prepare`d once (init scripts, routes). For checks that only load a page and read
 * it: a new page (a new renderer process) costs about 0.5–1.2 s here, a navigation 0.4 s.
 */
export function withWorkerPage(
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext, origin: string) => Promise<void>,
) {
  return test.extend<object, { workerPage: Page }>({
    workerPage: [
      async ({ browser }, use, workerInfo) => {
        const context = await browser.newContext({ ...workerInfo.project.use, ...options });
        await prepare?.(context, new URL(workerInfo.project.use.baseURL!).origin);
        await use(await context.newPage());
        await context.close();
      },
      { scope: 'worker' },
    ],
  });
}
