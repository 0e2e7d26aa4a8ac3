// The logic of `npm run links:external`: lists every external link of the articles and of the
// serverless table's reasons with the file and line it is written on, has linkinator check each
// address once (fine results come from a cache for a while), and writes the Markdown report.
// The CLI (scripts/check-external-links.ts) reads the files and prints.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { linkTargets } from '../../src/lib/rich-text.ts';
import { SITE } from '../../src/site-config.ts';
import type { ArticleSourceFile } from './article-sources.ts';
import { isInternal, linksOf, pointAt } from './content-lint.ts';

/** One external link as written in a source file. */
export interface ExternalLink {
  /** As written, e.g. `https://example.com/page#part`. */
  url: string;
  /** What is checked: the absolute URL without its #fragment (fragments of other sites are not checked). */
  address: string;
  /** Path from the project root, e.g. `content/articles/en/my-topic.mdx`. */
  file: string;
  /** 1-based, in the file as written. */
  line: number;
  column: number;
}

/**
 * - ok: a 2xx answer at the address as written;
 * - redirected: redirects that end in a 2xx (the link works; `target` is the address to write instead);
 * - blocked: 403, 429 or 999 (rate limit, bot protection): the site refused the checker, whether the
 *   link works is unknown;
 * - broken: any other 4xx or 5xx (also at the end of redirects), or an address that is no URL;
 * - unreachable: no answer at all (DNS failure, connection refused, timeout, TLS error).
 */
export type LinkClass = 'ok' | 'redirected' | 'blocked' | 'broken' | 'unreachable';
const CLASSES: readonly LinkClass[] = ['ok', 'redirected', 'blocked', 'broken', 'unreachable'];

/** What the checker found out about one address. */
interface Outcome {
  class: LinkClass;
  /** The HTTP status of the last answer; 0 when none came. */
  status: number;
  /** Where the redirects ended. */
  target?: string;
  /** Why the link is not fine: the answer's status or the network error. */
  detail?: string;
}

/** An outcome as the cache keeps it. */
interface CachedCheck extends Outcome {
  /** When it was checked (ISO 8601); a result from the cache keeps the time of its check. */
  checkedAt: string;
}

export interface AddressCheck extends CachedCheck {
  fromCache: boolean;
}

/** Where the fine results are kept, from the project root (git-ignored; the weekly workflow caches it). */
export const CACHE_FILE = '.cache/external-links.json';

/** Classes that fail the command. */
const FAILING: readonly LinkClass[] = ['broken', 'unreachable'];
/** Classes whose results the cache keeps; all others are checked again on every run. */
const CACHED: readonly LinkClass[] = ['ok', 'redirected'];
/** Answers of sites that refuse automated requests: rate limits and bot protection (999: LinkedIn). */
const BLOCKING_STATUSES = new Set([403, 429, 999]);
/** Requests at a time: enough for a few hundred links, few enough not to look like an attack. */
const CONCURRENCY = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The address checked for a link, or undefined when the link is not an external http(s) link. */
function externalAddress(url: string): string | undefined {
  if (!/^(?:https?:)?\/\//i.test(url) || isInternal(url)) return undefined;
  try {
    const address = new URL(url, SITE.origin);
    address.hash = '';
    return address.href;
  } catch {
    // Not a URL: the checker gets it as written and finds no such address.
    return url;
  }
}

/**
 * The external links of the articles, and one message per article that does not parse (its links
 * are unknown; `npm run lint:content` says what is wrong).
 */
export function articleLinks(articles: readonly Pick<ArticleSourceFile, 'file' | 'source'>[]): {
  links: ExternalLink[];
  errors: string[];
} {
  const links: ExternalLink[] = [];
  const errors: string[] = [];
  for (const { file, source } of articles) {
    try {
      for (const { url, line, column } of linksOf(source, { mdx: file.endsWith('.mdx') })) {
        const address = externalAddress(url);
        if (address) links.push({ url, address, file, line, column });
      }
    } catch (error) {
      const { line = 1, column = 1 } = error as { line?: number; column?: number };
      errors.push(`${file}:${line}:${column}: does not parse, its links were not checked (see npm run lint:content)`);
    }
  }
  return { links, errors };
}

/**
 * The links in the reasons of the serverless table (`[text](https://…)`, see src/lib/rich-text.ts),
 * each at the line of the YAML file where its URL is written. Rows the build would reject are read
 * as far as they go: the build names their problems.
 */
export function tableLinks(text: string, file: string): ExternalLink[] {
  const document = parseDocument(text);
  if (!isSeq(document.contents)) return [];
  const links: ExternalLink[] = [];
  for (const row of document.contents.items) {
    const reason = isMap(row) ? row.get('reason', true) : undefined;
    if (!isMap(reason)) continue;
    for (const { value } of reason.items) {
      if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
      const [start, end] = value.range;
      let from = start;
      for (const url of linkTargets(value.value)) {
        const address = externalAddress(url);
        // The URL as written in the file; a quoted one with escapes is found at its value's start.
        const at = text.indexOf(url, from);
        const offset = at >= 0 && at < end ? at : start;
        if (at >= 0 && at < end) from = at + url.length;
        if (address) links.push({ url, address, file, ...pointAt(text, offset) });
      }
    }
  }
  return links;
}

/** The cache file: fine results by address. */
interface CacheFile {
  version: 1;
  addresses: Record<string, CachedCheck>;
}

/** The fine results of the cache file; a missing or unreadable file is an empty cache. */
function readCache(path: string): Map<string, CachedCheck> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (data.version !== 1 || typeof data.addresses !== 'object' || !data.addresses) return new Map();
    return new Map(
      Object.entries(data.addresses).filter(
        ([, entry]) => CACHED.includes(entry.class) && !Number.isNaN(Date.parse(entry.checkedAt)),
      ),
    );
  } catch {
    return new Map();
  }
}

/** Keeps the fine results (with the time of their check, so they expire); the others are dropped. */
function writeCache(path: string, checks: ReadonlyMap<string, AddressCheck>): void {
  const addresses: CacheFile['addresses'] = {};
  const sorted = [...checks].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [address, { class: linkClass, status, target, detail, checkedAt }] of sorted) {
    if (CACHED.includes(linkClass)) addresses[address] = { class: linkClass, status, target, detail, checkedAt };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ version: 1, addresses } satisfies CacheFile, null, 2)}\n`);
}

export interface CheckOptions {
  /** The JSON file of fine results; written after the check. */
  cachePath: string;
  /** How long a fine result is reused, in days; 0 checks every address. */
  maxAgeDays: number;
  /** How long to wait for an answer, in seconds. */
  timeoutSeconds: number;
  /** How often an address without an answer, with a 5xx or a 429 is tried again (with backoff). */
  retries: number;
}

/** `&`, `"` and `<` escaped for an HTML attribute. */
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Why a request got no answer: linkinator passes fetch's errors, whose cause names the network error. */
function networkError(result: LinkResult, timeoutSeconds: number): string {
  const error = result.failureDetails?.find((each): each is Error => each instanceof Error);
  if (!error) return 'no answer';
  if (error.name === 'TimeoutError') return `no answer within ${timeoutSeconds} s`;
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ?? error.message;
}

function classify(result: LinkResult | undefined, target: string | undefined, timeoutSeconds: number): Outcome {
  const status = result?.status ?? 0;
  // linkinator reports an href that is no URL as broken, without a request and so without an error.
  if (!result || (status === 0 && !result.failureDetails?.length)) {
    return { class: 'broken', status, detail: 'not a valid URL' };
  }
  const answer = `${status} ${STATUS_CODES[status] ?? ''}`.trim();
  const redirect = target ? { target } : {};
  if (result.state === LinkState.OK) return target ? { class: 'redirected', status, target } : { class: 'ok', status };
  // linkinator skips what bot protection answered (Cloudflare's challenge, 999); so do we.
  if (result.state === LinkState.SKIPPED || BLOCKING_STATUSES.has(status))
    return { class: 'blocked', status, detail: answer, ...redirect };
  if (status === 0) return { class: 'unreachable', status, detail: networkError(result, timeoutSeconds) };
  return { class: 'broken', status, detail: answer, ...redirect };
}

/**
 * Checks the addresses with linkinator: they become the links of one local page that it checks
 * without following them further (it reads pages, not lists of URLs). HEAD first, GET where HEAD
 * is not answered with a 2xx; redirects followed.
 */
async function runChecker(
  addresses: readonly string[],
  { timeoutSeconds, retries }: Pick<CheckOptions, 'timeoutSeconds' | 'retries'>,
): Promise<Map<string, Outcome>> {
  const checks = new Map<string, Outcome>();
  if (addresses.length === 0) return checks;
  const directory = mkdtempSync(join(tmpdir(), 'external-links-'));
  const page = join(directory, 'links.html');
  const anchors = addresses.map((address) => `<a href="${escapeAttribute(address)}">link</a>`);
  writeFileSync(page, `<!doctype html>\n<title>External links</title>\n${anchors.join('\n')}\n`);
  const checker = new LinkChecker();
  const targets = new Map<string, string>();
  checker.on('redirect', ({ url, targetUrl }) => {
    if (targetUrl && targetUrl !== url) targets.set(url, targetUrl);
  });
  try {
    const { links } = await checker.check({
      path: page,
      recurse: false,
      concurrency: CONCURRENCY,
      timeout: timeoutSeconds * 1000,
      // 'warn' follows redirects like 'allow' and also says where each one ended.
      redirects: 'warn',
      // A 429 is tried again after a backoff like an error; linkinator's `retry` would wait for
      // any Retry-After a site sends, without a limit.
      retryErrors: retries > 0,
      retryErrorsCount: retries,
      retryErrorsJitter: 1000,
    });
    const results = new Map(links.map((link) => [link.url, link]));
    for (const address of addresses) {
      checks.set(address, classify(results.get(address), targets.get(address), timeoutSeconds));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return checks;
}

/**
 * The result for each address of `links`: fine results younger than `maxAgeDays` from the cache,
 * all others checked now. The cache then holds the fine results of these addresses.
 */
export async function checkLinks(
  links: readonly ExternalLink[],
  options: CheckOptions,
): Promise<Map<string, AddressCheck>> {
  const now = new Date();
  const cache = readCache(options.cachePath);
  const checks = new Map<string, AddressCheck>();
  const toCheck: string[] = [];
  for (const address of new Set(links.map((link) => link.address))) {
    const cached = cache.get(address);
    if (cached && now.getTime() - Date.parse(cached.checkedAt) < options.maxAgeDays * DAY_MS) {
      checks.set(address, { ...cached, fromCache: true });
    } else toCheck.push(address);
  }
  const checkedAt = now.toISOString();
  for (const [address, check] of await runChecker(toCheck, options)) {
    checks.set(address, { ...check, checkedAt, fromCache: false });
  }
  writeCache(options.cachePath, checks);
  return checks;
}

/** The exit code: 1 when a link is broken or unreachable or an article could not be read, else 0. */
export function exitCode(checks: ReadonlyMap<string, AddressCheck>, errors: readonly string[]): number {
  return errors.length > 0 || [...checks.values()].some((check) => FAILING.includes(check.class)) ? 1 : 0;
}

/** The report's sections, in order: what to fix first. */
const SECTIONS: { class: LinkClass; title: string; hint?: string }[] = [
  { class: 'broken', title: 'Broken' },
  { class: 'unreachable', title: 'Unreachable' },
  {
    class: 'blocked',
    title: 'Blocked',
    hint: 'the site refused the check (rate limit or bot protection), open these in a browser',
  },
  { class: 'redirected', title: 'Redirected', hint: 'they work, update them to the new address' },
];

const count = (number: number, one: string, other: string) => `${number} ${number === 1 ? one : other}`;

/** The Markdown report: counts, then every link that is not fine, grouped by problem, with file:line. */
export function formatReport(
  links: readonly ExternalLink[],
  checks: ReadonlyMap<string, AddressCheck>,
  { errors, maxAgeDays }: { errors: readonly string[]; maxAgeDays: number },
): string {
  const all = [...checks.values()];
  const classes = CLASSES.map(
    (linkClass) => [linkClass, all.filter((check) => check.class === linkClass).length] as const,
  )
    .filter(([, number]) => number > 0)
    .map(([linkClass, number]) => `${number} ${linkClass}`);
  const cached = all.filter((check) => check.fromCache).length;
  const lines = [
    '## External links',
    '',
    `${count(links.length, 'link', 'links')} to ${count(checks.size, 'address', 'addresses')}` +
      `${classes.length > 0 ? `: ${classes.join(', ')}` : ''}. ${cached} from the cache (fine results of the last` +
      ` ${count(maxAgeDays, 'day', 'days')}), ${checks.size - cached} checked now.`,
  ];
  const checkedNow = all.filter((check) => !check.fromCache);
  if (checkedNow.length > 1 && checkedNow.every((check) => check.class === 'unreachable')) {
    lines.push('', 'No address answered: is this machine offline?');
  }
  if (errors.length > 0) lines.push('', `### Not read (${errors.length})`, '', ...errors.map((error) => `- ${error}`));

  const byPosition = (a: ExternalLink, b: ExternalLink) =>
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
  for (const section of SECTIONS) {
    const found = links.filter((link) => checks.get(link.address)?.class === section.class).sort(byPosition);
    if (found.length === 0) continue;
    // One line per link as written, with every place it is written.
    const byUrl = Map.groupBy(found, (link) => link.url);
    const hint = section.hint ? `: ${section.hint}` : '';
    lines.push('', `### ${section.title} (${count(byUrl.size, 'link', 'links')})${hint}`, '');
    for (const [url, places] of byUrl) {
      const { target, detail } = checks.get(places[0]!.address)!;
      let outcome: string;
      if (section.class === 'redirected') {
        // The link's #fragment still belongs at the end of the new address.
        const fragment = URL.parse(url, SITE.origin)?.hash ?? '';
        outcome = `→ \`${target}${URL.parse(target!)?.hash ? '' : fragment}\``;
      } else outcome = `${detail}${target ? ` (redirected to \`${target}\`)` : ''}`;
      const where = places.map(({ file, line }) => `\`${file}:${line}\``).join(', ');
      lines.push(`- \`${url}\` ${outcome}: ${where}`);
    }
  }
  if (checks.size > 0 && errors.length === 0 && all.every((check) => check.class === 'ok')) {
    lines.push('', 'Every link works.');
  }
  return `${lines.join('\n')}\n`;
}
