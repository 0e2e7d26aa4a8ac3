/**
 * `npm run links:external` offline: a fixture project whose articles and table link to a local
 * server (200, 301 → 200, 404, 429) and to a closed local port; the real command checks them,
 * reports each problem with file:line, exits 1, and a second run takes the fine results from the
 * cache while it checks the others again.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readArticleSources } from '../../scripts/lib/article-sources.ts';
import {
  articleLinks,
  checkLinks,
  exitCode,
  formatReport,
  tableLinks,
  type AddressCheck,
  type ExternalLink,
  type LinkClass,
} from '../../scripts/lib/external-links.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WORK = mkdtempSync(join(tmpdir(), 'kb-external-links-'));
const FIXTURE = join(WORK, 'project');
const ARTICLE = 'content/articles/en/links.mdx';
const TRANSLATION = 'content/articles/de/links.mdx';
const SERVICES = 'content/serverless/services.yaml';

/** Requests the local server got, as `METHOD /path`. */
const requests: string[] = [];
const server: Server = createServer((request, response) => {
  requests.push(`${request.method} ${request.url}`);
  const routes: Record<string, [number, Record<string, string>]> = {
    '/ok': [200, { 'content-type': 'text/html' }],
    '/new-home': [200, { 'content-type': 'text/html' }],
    '/moved': [301, { location: '/new-home' }],
    '/moved-away': [301, { location: '/nowhere' }],
    '/busy': [429, {}],
    // What some CDNs answer a client they take for a bot.
    '/bot-wall': [403, {}],
  };
  const [status, headers] = routes[request.url ?? ''] ?? [404, {}];
  response.writeHead(status, headers).end();
});
let origin = '';
let dead = '';

/** Writes a file of the fixture project. */
function write(file: string, text: string): void {
  mkdirSync(join(FIXTURE, file, '..'), { recursive: true });
  writeFileSync(join(FIXTURE, file), text);
}

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago: nothing answers there (connection refused).
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  dead = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));

  const frontmatter = '---\ntitle: Links\ndescription: A fixture.\npubDate: 2024-01-02\ntags: [test]\n---\n';
  write(
    ARTICLE,
    `${frontmatter}An [ok page](${origin}/ok#part) and a [moved one](${origin}/moved#part).\n\n` +
      `A [gone page][gone] and a [busy site](${origin}/busy).\n\n` +
      `<a href="${dead}/page">A dead host</a>, [this site](/en/links/), [its address](https://ruempler.eu/en/) and [mail](mailto:a@example.com).\n\n` +
      `[gone]: ${origin}/gone\n`,
  );
  write(TRANSLATION, `${frontmatter}Eine [Seite](${origin}/ok).\n`);
  write(
    SERVICES,
    [
      '- id: fixture-service',
      "  name: 'Fixture service'",
      '  provider: aws',
      '  category: testing',
      "  verdict: 'no'",
      '  reason:',
      `    en: 'Is [gone](${origin}/gone)'`,
      '    de: |-',
      '      Ist weg:',
      `      1. [hier](${origin}/gone) und [da](https://ruempler.eu/de/)`,
      '',
    ].join('\n'),
  );
});

after(() => {
  server.close();
  rmSync(WORK, { recursive: true, force: true });
});

/** Runs `npm run links:external -- --root <fixture> …` as the npm script does. */
async function runCommand(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = join(ROOT, 'scripts', 'check-external-links.ts');
  const options = { cwd: ROOT, env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...env } };
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** The report's sections: heading → its lines. */
function sections(report: string): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  let current = '';
  for (const line of report.split('\n')) {
    if (line.startsWith('### ')) parts.set((current = line.slice(4)), []);
    else if (current && line) parts.get(current)!.push(line);
  }
  return parts;
}

/** The requests the server got while `run` ran. */
async function requestsDuring<T>(run: () => Promise<T>): Promise<{ result: T; paths: string[] }> {
  const first = requests.length;
  const result = await run();
  return { result, paths: requests.slice(first).map((request) => request.split(' ')[1]!) };
}

/** A result as checkLinks returns it. */
const check = (linkClass: LinkClass, extra: Partial<AddressCheck> = {}): AddressCheck => ({
  class: linkClass,
  status: 200,
  checkedAt: '2026-01-01T00:00:00.000Z',
  fromCache: false,
  ...extra,
});
const link = (url: string, line = 1): ExternalLink => ({
  url,
  address: url,
  file: 'content/articles/en/a.mdx',
  line,
  column: 1,
});

test('every external link of the articles and the table reasons is listed with its file and line; site links and mailto are not', () => {
  const { links, errors } = articleLinks(readArticleSources(FIXTURE).articles);
  links.push(...tableLinks(readFileSync(join(FIXTURE, SERVICES), 'utf8'), SERVICES));
  assert.deepEqual(errors, []);
  const where = links.map(({ file, line, url, address }) => `${file}:${line} ${url} ${address}`);
  assert.deepEqual(where, [
    `${TRANSLATION}:7 ${origin}/ok ${origin}/ok`,
    `${ARTICLE}:7 ${origin}/ok#part ${origin}/ok`,
    `${ARTICLE}:7 ${origin}/moved#part ${origin}/moved`,
    `${ARTICLE}:9 ${origin}/busy ${origin}/busy`,
    `${ARTICLE}:11 ${dead}/page ${dead}/page`,
    `${ARTICLE}:13 ${origin}/gone ${origin}/gone`,
    `${SERVICES}:7 ${origin}/gone ${origin}/gone`,
    `${SERVICES}:10 ${origin}/gone ${origin}/gone`,
  ]);
});

test('an article that does not parse is named with its line, its links unknown', () => {
  const { links, errors } = articleLinks([{ file: 'content/articles/en/bad.mdx', source: 'Text\n\n<div>\n' }]);
  assert.deepEqual(links, []);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /^content\/articles\/en\/bad\.mdx:\d+:\d+: does not parse/);
});

test('each address gets its class: ok, redirected (with the new address), blocked, broken, unreachable', async () => {
  const { links } = articleLinks(readArticleSources(FIXTURE).articles);
  links.push(link(`${origin}/bot-wall`), link(`${origin}/moved-away`), link('https://exa mple.com/'));
  const cachePath = join(WORK, 'module-cache.json');
  const checks = await checkLinks(links, { cachePath, maxAgeDays: 6, timeoutSeconds: 5, retries: 0 });
  const classes = Object.fromEntries([...checks].map(([address, check]) => [address, check.class]));
  assert.deepEqual(classes, {
    [`${origin}/ok`]: 'ok',
    [`${origin}/moved`]: 'redirected',
    [`${origin}/busy`]: 'blocked',
    [`${origin}/gone`]: 'broken',
    [`${dead}/page`]: 'unreachable',
    [`${origin}/bot-wall`]: 'blocked',
    [`${origin}/moved-away`]: 'broken',
    'https://exa mple.com/': 'broken',
  });
  assert.equal(checks.get('https://exa mple.com/')?.detail, 'not a valid URL');
  assert.equal(checks.get(`${origin}/moved`)?.target, `${origin}/new-home`);
  assert.equal(checks.get(`${origin}/moved-away`)?.target, `${origin}/nowhere`, 'where a broken redirect ends');
  assert.equal(checks.get(`${origin}/gone`)?.detail, '404 Not Found');
  assert.equal(checks.get(`${origin}/busy`)?.detail, '429 Too Many Requests');
  assert.match(checks.get(`${dead}/page`)?.detail ?? '', /ECONNREFUSED/);
  assert.ok(
    [...checks.values()].every((check) => !check.fromCache),
    'the first check uses no cache',
  );
});

test('the command reports every problem with file:line, writes the job summary and the cache, and exits 1; a second run takes the fine links from the cache and checks the others again', async () => {
  const cachePath = join(WORK, 'cache', 'external-links.json');
  const summaryPath = join(WORK, 'summary.md');
  mkdirSync(join(WORK, 'cache'));
  // A cache it cannot read counts as empty.
  writeFileSync(cachePath, '{ not json');
  const args = ['--root', FIXTURE, '--cache', cachePath, '--timeout', '5', '--retries', '0'];

  const first = await requestsDuring(() => runCommand(args, { GITHUB_STEP_SUMMARY: summaryPath }));
  const { code, stdout } = first.result;
  assert.equal(code, 1, `a broken and an unreachable link fail the command:\n${stdout}${first.result.stderr}`);
  assert.match(
    stdout,
    /^## External links\n\n8 links to 5 addresses: 1 ok, 1 redirected, 1 blocked, 1 broken, 1 unreachable\. 0 from the cache .*, 5 checked now\.\n/,
  );
  assert.equal(readFileSync(summaryPath, 'utf8'), stdout, 'the report is the job summary');
  const parts = sections(stdout);
  assert.deepEqual(
    [...parts.keys()].map((title) => title.replace(/:.*/, '')),
    ['Broken (1 link)', 'Unreachable (1 link)', 'Blocked (1 link)', 'Redirected (1 link)'],
  );
  const [broken, unreachable, blocked, redirected] = [...parts.values()];
  assert.deepEqual(broken, [
    `- \`${origin}/gone\` 404 Not Found: \`${ARTICLE}:13\`, \`${SERVICES}:7\`, \`${SERVICES}:10\``,
  ]);
  assert.equal(unreachable?.length, 1);
  assert.match(unreachable[0]!, new RegExp(`^- \`${dead}/page\` connect ECONNREFUSED .*: \`${ARTICLE}:11\`$`));
  assert.deepEqual(blocked, [`- \`${origin}/busy\` 429 Too Many Requests: \`${ARTICLE}:9\``]);
  // The link's #part is kept on the new address.
  assert.deepEqual(redirected, [`- \`${origin}/moved#part\` → \`${origin}/new-home#part\`: \`${ARTICLE}:7\``]);
  assert.doesNotMatch(stdout, new RegExp(`${origin}/ok`), 'fine links are only counted');
  for (const path of ['/ok', '/moved', '/gone', '/busy']) assert.ok(first.paths.includes(path), `${path} checked`);

  const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as { addresses: Record<string, { class: LinkClass }> };
  assert.deepEqual(
    Object.entries(cache.addresses).map(([address, entry]) => `${address} ${entry.class}`),
    [`${origin}/moved redirected`, `${origin}/ok ok`],
    'the cache keeps the fine results only',
  );

  const second = await requestsDuring(() => runCommand(args));
  assert.equal(second.result.code, 1);
  assert.match(second.result.stdout, /\. 2 from the cache \(fine results of the last 6 days\), 3 checked now\.\n/);
  assert.deepEqual(sections(second.result.stdout), parts, 'the same report');
  for (const path of ['/ok', '/moved', '/new-home']) assert.ok(!second.paths.includes(path), `${path} from the cache`);
  for (const path of ['/gone', '/busy']) assert.ok(second.paths.includes(path), `${path} checked again`);

  // A fine result older than --max-age (6 days by default) is checked again.
  const aged = JSON.parse(readFileSync(cachePath, 'utf8')) as { addresses: Record<string, { checkedAt: string }> };
  aged.addresses[`${origin}/ok`]!.checkedAt = new Date(Date.now() - 6.5 * 24 * 60 * 60 * 1000).toISOString();
  writeFileSync(cachePath, JSON.stringify(aged));
  const third = await requestsDuring(() => runCommand(args));
  assert.match(third.result.stdout, /\. 1 from the cache .*, 4 checked now\.\n/);
  assert.ok(third.paths.includes('/ok'), 'the expired result is checked again');
  assert.ok(!third.paths.includes('/moved'), 'the fresh one is not');
});

test('wrong flags are a usage error (exit 2)', async () => {
  const { code, stderr } = await runCommand(['--root', FIXTURE, '--max-age', 'soon']);
  assert.equal(code, 2);
  assert.match(stderr, /--max-age must be a number ≥ 0, got "soon"[\s\S]*Usage: npm run links:external/);
});

test('exit code: 1 for a broken or unreachable link or an unread article; ok, redirected and blocked pass', () => {
  const fine = new Map([
    ['https://a.example/', check('ok')],
    ['https://b.example/', check('redirected', { target: 'https://c.example/' })],
    ['https://d.example/', check('blocked', { status: 429 })],
  ]);
  assert.equal(exitCode(fine, []), 0);
  assert.equal(exitCode(fine, ['content/articles/en/x.mdx:1:1: does not parse']), 1);
  for (const failing of ['broken', 'unreachable'] as const) {
    assert.equal(exitCode(new Map([...fine, ['https://e.example/', check(failing)]]), []), 1, failing);
  }
});

test('the report names articles it could not read, says when every link works, and when no address answered at all', () => {
  const ok = formatReport([link('https://a.example/')], new Map([['https://a.example/', check('ok')]]), {
    errors: [],
    maxAgeDays: 1,
  });
  assert.equal(
    ok,
    '## External links\n\n1 link to 1 address: 1 ok. 0 from the cache (fine results of the last 1 day), 1 checked now.\n\nEvery link works.\n',
  );
  const offline = formatReport(
    [link('https://a.example/'), link('https://b.example/', 2)],
    new Map([
      ['https://a.example/', check('unreachable', { status: 0, detail: 'getaddrinfo ENOTFOUND a.example' })],
      ['https://b.example/', check('unreachable', { status: 0, detail: 'getaddrinfo ENOTFOUND b.example' })],
    ]),
    { errors: [], maxAgeDays: 6 },
  );
  assert.match(offline, /\n\nNo address answered: is this machine offline\?\n/);
  assert.match(
    offline,
    /\n- `https:\/\/b\.example\/` getaddrinfo ENOTFOUND b\.example: `content\/articles\/en\/a\.mdx:2`\n/,
  );
  assert.doesNotMatch(offline, /Every link works/);
  const unread = formatReport([], new Map(), {
    errors: ['content/articles/en/x.mdx:3:1: does not parse'],
    maxAgeDays: 6,
  });
  assert.match(unread, /\n\n### Not read \(1\)\n\n- content\/articles\/en\/x\.mdx:3:1: does not parse\n$/);
});
