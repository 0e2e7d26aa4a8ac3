/**
 * The build refuses to drop a published address. On a copy of the site with two articles and the
 * table, whose record the first build writes (as `npm run links:record` does), each kind of change
 * that breaks links fails the build, naming the address, its source file and the two ways out;
 * with the one-line way out (an alias) the build passes and the old link lands, in Chromium.
 * `astro dev` only warns.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from '@playwright/test';
import { RECORD_ENV } from '../../src/integrations/published-links.ts';
import { parseRecord, RECORD_FILE } from '../../src/lib/published-links.ts';
import { chromiumArgs, chromiumPath } from '../support/browsers.ts';
import { buildSite, copySite, ROOT } from '../support/site-copy.ts';
import { serveDist } from '../support/static-server.ts';
import { freePort } from '../support/wrangler.ts';

const SITE = join(ROOT, 'tests', 'fixtures', '.work', 'published-links');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'published-links');
const file = (path: string) => join(SITE, path);
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));
/** Adds frontmatter lines to an article. */
const addFrontmatter = (path: string, lines: string) =>
  edit(path, (text) => text.replace(/\n---\n/, `\n${lines}\n---\n`));

let browser: Browser;
before(async () => {
  copySite(SITE);
  cpSync(join(ROOT, 'content', 'serverless'), file('content/serverless'), { recursive: true });
  cpSync(join(FIXTURES, 'guide.mdx'), file('content/articles/en/guide.mdx'));
  cpSync(join(FIXTURES, 'table.mdx'), file('content/articles/en/table.mdx'));
  const first = await buildSite(SITE, { [RECORD_ENV]: '1' });
  assert.ok(first.ok, first.output);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
after(() => browser?.close());

/** Builds the copy and expects the failure message to name `address`, `source` and both ways out. */
async function expectRefused(address: string, how: string, source: string, keep: RegExp, retire: string) {
  const { ok, output } = await buildSite(SITE);
  assert.equal(ok, false, 'the build fails');
  assert.match(output, /published address(es are| is) no longer served \(recorded in published-links\.txt\)/);
  assert.ok(output.includes(`- ${address} (${how}, from ${source}`), `names ${address} and ${source}:\n${output}`);
  assert.match(output, keep);
  assert.ok(output.includes(`or retire it in content/retired.yaml: '${address}': ${retire}`), output);
}

/** Builds the copy, serves it, and reports where `address` lands with JavaScript on or off. */
async function land(address: string, javaScriptEnabled: boolean, id: string) {
  const { ok, output } = await buildSite(SITE);
  assert.ok(ok, output);
  const server = await serveDist(file('dist'));
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  try {
    await page.goto(`${server.origin}${address}`);
    await page.waitForLoadState('load');
    return await page.evaluate((id) => {
      const target = document.getElementById(id)?.closest('h2, h3, h4, h5, h6, tr');
      return { path: location.pathname, hash: location.hash, top: target?.getBoundingClientRect().top };
    }, id);
  } finally {
    await page.context().close();
    server.close();
  }
}

const recorded = () => parseRecord(readFileSync(file(RECORD_FILE), 'utf8')).map(({ address }) => address);

test('the first build records every address: pages in both locales, twins, section links and table rows', () => {
  const addresses = recorded();
  for (const address of [
    '/en/guide/',
    '/de/guide/',
    '/en/guide.md',
    '/en/guide/#setup',
    '/de/guide/#setup',
    '/en/table/#knative',
  ])
    assert.ok(addresses.includes(address), `${address} is recorded`);
});

test('a heading id renamed: the build fails; with formerHeadingIds it passes and the old link lands', async () => {
  edit('content/articles/en/guide.mdx', (text) =>
    text.replace('## Setup {#setup}', '## Getting started {#getting-started}'),
  );
  await expectRefused(
    '/en/guide/#setup',
    'section',
    'content/articles/en/guide.mdx',
    /keep it: add to the frontmatter of content\/articles\/en\/guide\.mdx: formerHeadingIds: \{ setup: <the heading's id now> \}/,
    '/en/guide/',
  );
  addFrontmatter('content/articles/en/guide.mdx', 'formerHeadingIds:\n  setup: getting-started');
  for (const address of ['/en/guide/#setup', '/de/guide/#setup']) {
    const { path, top } = await land(address, false, 'getting-started');
    assert.equal(path, address.split('#')[0]);
    assert.ok(top !== undefined && top >= 0 && top < 100, `${address} lands on the renamed heading (top ${top})`);
  }
});

test('an article file renamed: the build fails; with formerSlugs it passes and old links land on the new address', async () => {
  renameSync(file('content/articles/en/guide.mdx'), file('content/articles/en/handbook.mdx'));
  await expectRefused(
    '/en/guide/',
    'page',
    'content/articles/en/guide.mdx',
    /keep it: add formerSlugs: \[guide\] to the frontmatter of the article that has its text now/,
    '<where its readers go, e.g. /en/>',
  );
  addFrontmatter('content/articles/en/handbook.mdx', 'formerSlugs: [guide]');
  // With JavaScript the reader is sent on, #section and all; without, the article is at the old address.
  const withScript = await land('/en/guide/#usage', true, 'usage');
  assert.deepEqual({ path: withScript.path, hash: withScript.hash }, { path: '/en/handbook/', hash: '#usage' });
  assert.ok(withScript.top! >= 0 && withScript.top! < 100, `lands on #usage (top ${withScript.top})`);
  const withoutScript = await land('/de/guide/#setup', false, 'getting-started');
  assert.equal(withoutScript.path, '/de/guide/');
  assert.ok(withoutScript.top! >= 0 && withoutScript.top! < 100, `lands on the heading (top ${withoutScript.top})`);
  const redirects = readFileSync(file('dist/_redirects'), 'utf8');
  for (const line of [
    '/en/guide/ /en/handbook/ 301',
    '/de/guide/ /de/handbook/ 301',
    '/en/guide.md /en/handbook.md 301',
  ])
    assert.ok(redirects.includes(line), `_redirects: ${line}`);
  assert.match(
    readFileSync(file('dist/en/guide.md'), 'utf8'),
    /^# A guide with sections/,
    'the old twin address serves the text',
  );
});

test('a table row removed: the build fails; with formerIds on the row that answers it the old link lands there', async () => {
  edit('content/serverless/services.yaml', (text) => text.replace(/^- id: knative\n(?: {2}.*\n| {4}.*\n)+/m, ''));
  await expectRefused(
    '/en/table/#knative',
    'row',
    'content/serverless/services.yaml',
    /keep it: add formerIds: \[knative\] to the row that answers it now in content\/serverless\/services\.yaml/,
    '/en/table/',
  );
  edit('content/serverless/services.yaml', (text) =>
    text.replace('- id: gke\n', '- id: gke\n  formerIds: [knative]\n'),
  );
  const { top } = await land('/en/table/#knative', false, 'gke');
  assert.ok(top !== undefined && top >= 0 && top < 120, `#knative lands on the gke row (top ${top})`);
});

test('astro dev only warns about an address it no longer serves, and serves the page', async () => {
  edit('content/serverless/services.yaml', (text) => text.replace(/^- id: eks\n(?: {2}.*\n| {4}.*\n)+/m, ''));
  const port = await freePort();
  const dev = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: SITE,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  let output = '';
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk;
        const url = /http:\/\/localhost:\d+/.exec(output)?.[0];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      };
      dev.stdout.on('data', onData);
      dev.stderr.on('data', onData);
    });
    const response = await fetch(`${origin}/en/table/`);
    assert.equal(response.status, 200);
    // The warning is printed as the page is served.
    for (let wait = 0; wait < 50 && !output.includes('/en/table/#eks'); wait++)
      await new Promise((r) => setTimeout(r, 100));
    assert.match(output, /\[published links\] 1 published address is no longer served/);
    assert.ok(output.includes('- /en/table/#eks (row, from content/serverless/services.yaml)'), output);
    assert.match(output, /npm run build fails until then/);
  } finally {
    dev.kill();
  }
});
