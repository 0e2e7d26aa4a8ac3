/**
 * Speculation rules (src/lib/speculation-rules.ts) in Chromium: the next page is prepared when the
 * reader points at a link to it, and nothing else is fetched. Chromium says what it prepares
 * through the DevTools protocol (the Preload and Network domains). With DevTools attached, as
 * under Playwright, Chromium does not prerender ("PrerenderingDisabledByDevTools") but falls back
 * to the prefetch of the same rule, so a prepared page shows up here as prefetched; readers'
 * browsers prerender it.
 */
import { expect, test, type Page } from '@playwright/test';
import { SPECULATION_RULES } from '../../src/lib/speculation-rules.ts';
import {
  articlePath,
  contactPath,
  homePath,
  LLMS_TXT_PATH,
  markdownPath,
  searchPath,
  servicesDownloadPath,
  tagPath,
  translationsPath,
} from '../../src/lib/urls.ts';
import { SITE } from '../../src/site-config.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';

/** What Chromium reports about preloading and the network on the page, from the moment it is opened. */
async function watchPreloading(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const report = {
    /** Links the page's rules make candidates, from the latest report. */
    candidates: [] as string[],
    /** Prefetches and prerenders started, by URL. */
    attempts: [] as string[],
    /** Rule sets Chromium could not use. */
    ruleErrors: [] as string[],
    /** Responses the page received: URL and whether the prefetch cache answered. */
    responses: [] as { url: string; fromPrefetchCache: boolean }[],
  };
  cdp.on('Preload.preloadingAttemptSourcesUpdated', (event) => {
    report.candidates = event.preloadingAttemptSources.map((source) => source.key.url);
  });
  cdp.on('Preload.prefetchStatusUpdated', (event) => report.attempts.push(`prefetch ${event.prefetchUrl}`));
  cdp.on('Preload.prerenderStatusUpdated', (event) => report.attempts.push(`prerender ${event.key.url}`));
  cdp.on('Preload.ruleSetUpdated', (event) => {
    if (event.ruleSet.errorType) report.ruleErrors.push(`${event.ruleSet.errorType}: ${event.ruleSet.errorMessage}`);
  });
  cdp.on('Network.responseReceived', (event) =>
    report.responses.push({ url: event.response.url, fromPrefetchCache: !!event.response.fromPrefetchCache }),
  );
  await cdp.send('Network.enable');
  await cdp.send('Preload.enable');
  return report;
}

/** Requests the page makes, by URL. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

test.beforeEach(async ({ context }) => {
  await recordCspViolations(context);
});

test('the rules make candidates of site pages only: no data file, search page or other site', async ({
  page,
  baseURL,
}) => {
  const report = await watchPreloading(page);
  const path = articlePath('en', 'the-serverless-test');
  await page.goto(path);
  const url = (path: string) => new URL(path, baseURL).href;
  // Links the page has by its sources: the header, the article's tags and language, the footer.
  const pages = [
    homePath('en'),
    contactPath('en'),
    tagPath('en', 'serverless'),
    articlePath('de', 'the-serverless-test'),
    translationsPath('en'),
  ];
  // Chromium reports the candidates as it finds the links, in several updates.
  await expect.poll(() => report.candidates).toEqual(expect.arrayContaining(pages.map(url)));
  for (const href of [
    markdownPath('en', 'the-serverless-test'),
    servicesDownloadPath('en', 'json'),
    servicesDownloadPath('en', 'csv'),
    LLMS_TXT_PATH,
    SITE.links.ccBy,
  ]) {
    await expect(page.locator(`a[href="${href}"]`).first(), `the page links ${href}`).toBeAttached();
    expect(report.candidates, href).not.toContain(url(href));
  }
  expect(report.candidates.every((candidate) => candidate.startsWith(`${baseURL}/`))).toBe(true);
  // The language link of the search page leads to the other search page: no candidate either.
  report.candidates = [];
  await page.goto(searchPath('de'));
  await expect(page.locator(`a[href="${searchPath('en')}"]`)).toBeAttached();
  await expect
    .poll(() => report.candidates)
    .toEqual(expect.arrayContaining([url(homePath('de')), url(translationsPath('de'))]));
  expect(report.candidates).not.toContain(url(searchPath('en')));
  expect(report.ruleErrors).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test('a page load alone prepares nothing: one request, the page', async ({ page, baseURL }) => {
  const report = await watchPreloading(page);
  const requests = recordRequests(page);
  await page.goto(homePath('en'));
  await expect.poll(() => report.candidates.length).toBeGreaterThan(0);
  // Longer than the hover Chromium waits for with eagerness "moderate" (200 ms).
  await page.waitForTimeout(1000);
  expect(requests).toEqual([new URL(homePath('en'), baseURL).href]);
  expect(report.attempts).toEqual([]);
  expect(await page.evaluate(() => document.querySelector('script[type="speculationrules"]')?.textContent)).toBe(
    SPECULATION_RULES,
  );
  expect(await cspViolations(page)).toEqual([]);
});

test('pointing at an article prepares it, and following the link then needs no request', async ({ page, baseURL }) => {
  const report = await watchPreloading(page);
  const requests = recordRequests(page);
  const path = articlePath('en', 'advantages-aws-multi-account-architecture');
  await page.goto(homePath('en'));
  const link = page.locator(`main a[href="${path}"]`).first();
  const prepared = page.waitForResponse(
    async (response) =>
      response.url() === new URL(path, baseURL).href &&
      /prefetch/.test((await response.request().allHeaders())['sec-purpose'] ?? ''),
  );
  await link.hover();
  await prepared;
  // The protocol's report of that prefetch may come after Playwright's.
  await expect
    .poll(() => report.responses.filter((response) => response.url === new URL(path, baseURL).href))
    .toHaveLength(1);
  const beforeClick = report.responses.length;
  const requestsBeforeClick = requests.length;
  await link.click();
  await page.waitForURL(`**${path}`);
  await page.waitForLoadState('load');
  const navigation = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & {
      activationStart: number;
      deliveryType: string;
    };
    return { activationStart: entry.activationStart, deliveryType: entry.deliveryType };
  });
  // Prerendered (activated) or at least answered by the prefetch.
  expect(
    navigation.activationStart > 0 || navigation.deliveryType === 'navigational-prefetch',
    JSON.stringify(navigation),
  ).toBe(true);
  // After the click the page came from the prefetch cache and nothing else was fetched.
  const afterClick = report.responses.slice(beforeClick);
  expect(afterClick).toEqual([{ url: new URL(path, baseURL).href, fromPrefetchCache: true }]);
  expect(requests.slice(requestsBeforeClick)).toEqual([new URL(path, baseURL).href]);
  expect(await cspViolations(page)).toEqual([]);
});

test('pointing at a link to another site or to the search page prepares nothing', async ({ page, baseURL }) => {
  const report = await watchPreloading(page);
  const requests = recordRequests(page);
  await page.goto(homePath('en'));
  await page.locator(`a[href="${SITE.links.ccBy}"]`).first().hover();
  await page.waitForTimeout(1000);
  await page.goto(searchPath('de'));
  await page.locator(`a[href="${searchPath('en')}"]`).hover();
  await page.waitForTimeout(1000);
  expect(report.attempts).toEqual([]);
  expect(requests.map((url) => new URL(url).pathname)).toEqual([homePath('en'), searchPath('de')]);
  // While a link to a page of the site on the same page is prepared as the reader points at it.
  await page
    .locator(`header a[href="${homePath('de')}"]`)
    .first()
    .hover();
  await expect.poll(() => report.attempts).toContain(`prefetch ${new URL(homePath('de'), baseURL).href}`);
  expect(await cspViolations(page)).toEqual([]);
});
