/**
 * The built site on Cloudflare Pages' own runtime (`wrangler pages dev`): what only a host that
 * reads `_headers` and `_redirects` gives. Expectations come from the sources: the old blog's
 * permalinks (tests/support/article-facts.ts), the page plan and the header rules.
 */
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { parse } from 'node-html-parser';
import { policyDirectives } from '../../src/lib/csp.ts';
import { HEADERS, IMMUTABLE, PREVIEW_HEADER, REVALIDATE } from '../../src/integrations/security-headers.ts';
import { MARKDOWN_CONTENT_TYPE } from '../../src/lib/markdown-twin.ts';
import { LLMS_FULL_TXT_PATH, LLMS_TXT_PATH } from '../../src/lib/urls.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { SITE } from '../../src/site-config.ts';
import { readRetiredAddresses } from '../../src/lib/retired-addresses.ts';
import { articleFacts } from '../support/article-facts.ts';
import { DIST, readPage } from '../support/dist.ts';
import { plannedArticlePages, sitePlan } from '../support/site-plan.ts';
import { ROOT } from '../support/site-copy.ts';
import { serveLikeCloudflarePages } from '../support/wrangler.ts';

let host: Awaited<ReturnType<typeof serveLikeCloudflarePages>>;
before(async () => (host = await serveLikeCloudflarePages()));
after(() => host.stop());

const get = (path: string) => fetch(`${host.origin}${path}`, { redirect: 'manual' });
/** A response as if the request came for `hostname` (fetch cannot set the Host header). */
function getAs(hostname: string, path: string): Promise<Headers> {
  const { hostname: ip, port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    request({ host: ip, port, path, headers: { host: hostname } }, (response) => {
      response.resume();
      resolve(new Headers(response.headers as Record<string, string>));
    })
      .on('error', reject)
      .end();
  });
}

const sources = (policy: string, directive: string) => policyDirectives(policy).get(directive) ?? [];

test('the old permalinks and the retired pages answer 301 with their new address', async () => {
  const moved = [
    ...articleFacts.map((facts) => [`/${facts.permalinkDate}/${facts.slug}/`, `/${facts.locale}/${facts.slug}/`]),
    ...[...readRetiredAddresses(ROOT)].filter(([from]) => !from.includes('#')),
  ];
  assert.ok(moved.length > articleFacts.length, 'old permalinks and retired pages');
  for (const [from, to] of moved) {
    const response = await get(from!);
    assert.equal(response.status, 301, from);
    const location = new URL(response.headers.get('location')!, host.origin);
    assert.equal(`${location.pathname}${location.hash}`, to, from);
  }
});

test('every page carries the CSP with frame-ancestors, allowing its own hashes, and the security headers', async () => {
  const { all, redirects, oldAddresses } = sitePlan();
  const pages = all.filter((path) => !redirects.includes(path) && !oldAddresses.has(path) && path !== '/404.html');
  assert.ok(pages.length > 50, `${pages.length} pages`);
  for (const path of pages) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    const header = response.headers.get('content-security-policy') ?? '';
    assert.deepEqual(sources(header, 'frame-ancestors'), ["'none'"], `${path}: frame-ancestors`);
    // The header is enforced next to the page's own <meta> policy: it must allow all the page uses.
    const own = parse(readPage(path))
      .querySelector('meta[http-equiv="content-security-policy"]')!
      .getAttribute('content')!;
    for (const directive of ['default-src', 'script-src', 'style-src', 'img-src', 'connect-src']) {
      const allowed = sources(header, directive);
      const missing = sources(own, directive).filter((source) => !allowed.includes(source));
      assert.deepEqual(missing, [], `${path}: ${directive} of the header lacks what the page allows`);
    }
    for (const [name, value] of Object.entries(HEADERS))
      assert.equal(response.headers.get(name), value, `${path}: ${name}`);
    assert.equal(response.headers.get('cache-control'), REVALIDATE, `${path}: HTML revalidates`);
  }
});

test('pull request previews (pr-<n>.<project>.pages.dev) are not indexed; production is', async () => {
  const robots = async (hostname: string, path: string) =>
    (await getAs(hostname, path)).get(PREVIEW_HEADER.name) ?? 'absent';
  for (const path of ['/en/', '/de/the-serverless-test/', '/en/feed.xml']) {
    assert.equal(await robots('pr-7.ruempler-kb.pages.dev', path), PREVIEW_HEADER.value, `preview ${path}`);
    assert.equal(await robots('3f2a9c1d.ruempler-kb.pages.dev', path), PREVIEW_HEADER.value, `deployment ${path}`);
    assert.equal(await robots(new URL(SITE.origin).host, path), 'absent', `production ${path}`);
    assert.equal(await robots('ruempler-kb.pages.dev', path), 'absent', `production on pages.dev ${path}`);
  }
});

test("an unknown address answers 404 with the site's 404 page", async () => {
  const response = await get('/en/no-such-article/');
  assert.equal(response.status, 404);
  const title = parse(await response.text()).querySelector('title')?.text;
  assert.equal(title, parse(readPage('/404.html')).querySelector('title')?.text);
  assert.ok(title);
});

test("feeds and sitemaps, the old blog's /sitemap.xml too, are served as XML and revalidate", async () => {
  for (const path of ['/en/feed.xml', '/de/feed.xml', '/atom.xml', '/sitemap.xml', '/sitemap-index.xml']) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', /xml/, path);
    assert.equal(response.headers.get('cache-control'), REVALIDATE, path);
  }
});

test('files with a content hash in their name are cached for a year; unhashed ones revalidate', async () => {
  const hashed = globSync(['_astro/**', 'pagefind/fragment/*', 'pagefind/index/*', 'pagefind/*.pf_meta'], {
    cwd: DIST,
    withFileTypes: true,
  })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${entry.parentPath.slice(DIST.length + 1)}/${entry.name}`.replace('//', '/'));
  assert.ok(hashed.length > 10, `${hashed.length} hashed files`);
  for (const path of hashed) {
    // Pagefind names its index files after their content: `en_3f9a2c1.pf_fragment`.
    assert.match(path, /[._][0-9a-f]{7,}\.|\/_astro\//, `${path} carries a hash`);
    assert.equal((await get(path)).headers.get('cache-control'), IMMUTABLE, path);
  }
  for (const path of ['/pagefind/pagefind.js', '/favicon.svg', '/robots.txt']) {
    assert.ok(readFileSync(`${DIST}${path}`).length > 0, `${path} is built`);
    assert.equal((await get(path)).headers.get('cache-control'), REVALIDATE, path);
  }
});

test('every file llms.txt links answers 200, and every Markdown twin they list answers 200 as text/markdown', async () => {
  const llms = await get(LLMS_TXT_PATH);
  assert.equal(llms.status, 200);
  const files = [...(await llms.text()).matchAll(/\]\((\S+\.txt)\)/g)].map((match) => match[1]!);
  assert.ok(files.length >= 2 * LOCALES.length, `${files.length} files`);
  const links: string[] = [];
  for (const file of files) {
    assert.ok(file.startsWith(`${SITE.origin}/`), file);
    const response = await get(new URL(file).pathname);
    assert.equal(response.status, 200, file);
    links.push(...[...(await response.text()).matchAll(/\]\((\S+\.md)\)/g)].map((match) => match[1]!));
  }
  // One entry per article page, in each locale.
  assert.equal(links.length, plannedArticlePages().length);
  for (const link of links) {
    assert.ok(link.startsWith(`${SITE.origin}/`), link);
    const response = await get(new URL(link).pathname);
    assert.equal(response.status, 200, link);
    assert.equal(response.headers.get('content-type'), MARKDOWN_CONTENT_TYPE, link);
    assert.equal(response.headers.get('cache-control'), REVALIDATE, link);
  }
  assert.equal((await get(LLMS_FULL_TXT_PATH)).status, 200);
  // Cloudflare gives .md this type on its own too; the rule is for hosts that do not (Netlify reads _headers as well).
  assert.ok(readFileSync(`${DIST}/_headers`, 'utf8').includes(`\n/*.md\n  Content-Type: ${MARKDOWN_CONTENT_TYPE}\n`));
});
