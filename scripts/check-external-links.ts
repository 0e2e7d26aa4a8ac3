// `npm run links:external`: checks every external link of the articles and of the serverless table's
// reasons (scripts/lib/external-links.ts). Prints a Markdown report, also appended to the file named
// by $GITHUB_STEP_SUMMARY (a GitHub job summary); exits 1 when a link is broken or unreachable.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES_FILE } from '../src/lib/serverless-table.ts';
import { readArticleSources } from './lib/article-sources.ts';
import { parseFlags, runCli, UsageError } from './lib/cli.ts';
import { articleLinks, CACHE_FILE, checkLinks, exitCode, formatReport, tableLinks } from './lib/external-links.ts';

const USAGE = `Usage: npm run links:external [-- options]
  --root <dir>         the project whose content/ is checked (default: .)
  --cache <file>       fine results kept between runs (default: <root>/${CACHE_FILE})
  --max-age <days>     how long a fine result is reused (default: 6, so a weekly run checks every link; 0: none)
  --timeout <seconds>  how long to wait for an answer (default: 20)
  --retries <n>        tries again after no answer, a 5xx or a 429, with backoff (default: 2)
Exits 1 when a link is broken (4xx, 5xx) or unreachable (no answer); blocked links (403, 429, 999:
rate limits and bot protection, whether they work is unknown) and redirected ones are reported only.`;

/** A flag's value as a number ≥ 0. */
function count(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
    throw new UsageError(`--${name} must be a number ≥ 0, got "${value}"`);
  }
  return number;
}

await runCli(USAGE, async () => {
  const flags = parseFlags({
    root: { type: 'string', default: '.' },
    cache: { type: 'string' },
    'max-age': { type: 'string', default: '6' },
    timeout: { type: 'string', default: '20' },
    retries: { type: 'string', default: '2' },
  });
  const root = flags.root;
  const maxAgeDays = count('max-age', flags['max-age']);
  const options = {
    cachePath: flags.cache ?? join(root, CACHE_FILE),
    maxAgeDays,
    timeoutSeconds: count('timeout', flags.timeout),
    retries: Math.floor(count('retries', flags.retries)),
  };
  const { links, errors } = articleLinks(readArticleSources(root).articles);
  const servicesPath = join(root, SERVICES_FILE);
  if (existsSync(servicesPath)) links.push(...tableLinks(readFileSync(servicesPath, 'utf8'), SERVICES_FILE));

  console.error(`links:external: checking ${links.length} external links…`);
  const checks = await checkLinks(links, options);
  const report = formatReport(links, checks, { errors, maxAgeDays });
  process.stdout.write(report);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) appendFileSync(summary, report);
  return exitCode(checks, errors);
});
