/**
 * Byte budgets for what a browser fetches on the first load of a page (gzip sizes of the built
 * files, deterministic). A failure names the page, the resource and how far it is over.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFacts } from '../support/article-facts.ts';
import { builtPages } from '../support/dist.ts';
import { chromeBytes, firstLoad, inlineScriptBytes, type Resource } from '../support/page-weight.ts';

const KiB = 1024;
const TABLE_PAGES = ['/en/the-serverless-test/', '/de/the-serverless-test/'];
const articlePages = builtPages().filter((path) =>
  articleFacts.some((facts) => path === `/en/${facts.slug}/` || path === `/de/${facts.slug}/`),
);
const sum = (resources: Resource[]) => resources.reduce((total, resource) => total + resource.gzip, 0);
const over = (what: string, size: number, budget: number) =>
  `${what}: ${size} bytes gzipped, ${size - budget} over the budget of ${budget}`;

test('article pages: at most 3 requests, CSS ≤ 4 KiB, JS ≤ 2 KiB, HTML around the text ≤ 4 KiB', () => {
  assert.equal(articlePages.length, 18);
  const problems: string[] = [];
  for (const path of articlePages) {
    const resources = firstLoad(path);
    const css = sum(resources.filter((resource) => resource.kind === 'css'));
    const js = sum(resources.filter((resource) => resource.kind === 'js')) + inlineScriptBytes(path);
    const chrome = chromeBytes(path);
    if (css > 4 * KiB)
      problems.push(
        over(
          `${path} CSS (${resources
            .filter((r) => r.kind === 'css')
            .map((r) => r.url)
            .join(', ')})`,
          css,
          4 * KiB,
        ),
      );
    if (chrome > 4 * KiB) problems.push(over(`${path} HTML without the article text`, chrome, 4 * KiB));
    if (TABLE_PAGES.includes(path)) continue; // the table page has its own script budget (below)
    if (resources.length > 3)
      problems.push(
        `${path}: ${resources.length} requests (${resources.map((r) => r.url).join(', ')}), ${resources.length - 3} over the budget of 3`,
      );
    if (js > 2 * KiB) problems.push(over(`${path} JavaScript`, js, 2 * KiB));
  }
  assert.deepEqual(problems, []);
});

test('home pages: at most 4 requests and 14 KiB in total', () => {
  for (const path of ['/en/', '/de/']) {
    const resources = firstLoad(path);
    assert.ok(
      resources.length <= 4,
      `${path}: ${resources.length} requests (${resources.map((r) => r.url).join(', ')}), ${resources.length - 4} over the budget of 4`,
    );
    const total = sum(resources);
    assert.ok(
      total <= 14 * KiB,
      over(`${path} total (${resources.map((r) => `${r.url} ${r.gzip}`).join(', ')})`, total, 14 * KiB),
    );
  }
});

test('the serverless test page: its table script ≤ 3 KiB', () => {
  for (const path of TABLE_PAGES) {
    const scripts = firstLoad(path).filter((resource) => resource.kind === 'js');
    const size = sum(scripts) + inlineScriptBytes(path);
    assert.ok(size > 0, `${path} loads the table script`);
    assert.ok(size <= 3 * KiB, over(`${path} scripts (${scripts.map((r) => r.url).join(', ')})`, size, 3 * KiB));
  }
});

test('no page loads fonts or anything from another origin on first load', () => {
  for (const path of builtPages()) {
    for (const resource of firstLoad(path)) {
      assert.notEqual(resource.kind, 'font', `${path}: web font ${resource.url}`);
      assert.ok(
        resource.url.startsWith('/') && !resource.url.startsWith('//'),
        `${path}: ${resource.url} is not on the site`,
      );
      assert.ok(resource.gzip > 0, `${path}: ${resource.url} exists in dist/`);
    }
  }
});
