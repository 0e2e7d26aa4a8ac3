// `npm run lint:content [-- --root <dir>]`: checks the article sources for broken internal links and
// anchors, skipped heading levels, images without alt text and translations whose heading ids
// differ from their original's. Prints `file:line:column: message [rule]`; exits 1 on any problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkRowIds } from '../src/lib/data-rows.ts';
import { SERVICES_FILE } from '../src/lib/serverless-table.ts';
import { readArticleSources } from './lib/article-sources.ts';
import { parseFlags, runCli } from './lib/cli.ts';
import { compareDiagnostics, formatDiagnostic, lintArticles, type SiteFacts } from './lib/content-lint.ts';

const USAGE = `Usage: npm run lint:content [-- --root <project dir>]`;

/** The table's row ids and the public files; what is missing (e.g. in a test fixture) is empty. */
function readSiteFacts(root: string): SiteFacts {
  let tableRowIds: string[] = [];
  try {
    const data: unknown = parseYaml(readFileSync(join(root, SERVICES_FILE), 'utf8'));
    tableRowIds = checkRowIds(data, SERVICES_FILE).rows.map(({ id }) => id);
  } catch {
    // No table data (or data the build rejects with its own message): no row anchors.
  }
  const publicDir = join(root, 'public');
  const publicFiles = existsSync(publicDir)
    ? readdirSync(publicDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    : [];
  return { tableRowIds, publicFiles };
}

await runCli(USAGE, () => {
  const { root } = parseFlags({ root: { type: 'string', default: '.' } });
  const { articles, errors } = readArticleSources(root);
  const diagnostics = lintArticles(articles, readSiteFacts(root)).sort(compareDiagnostics);
  for (const error of errors) console.log(error);
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
  const problems = errors.length + diagnostics.length;
  console.log(`lint:content: ${articles.length} files, ${problems} ${problems === 1 ? 'problem' : 'problems'}`);
  return problems > 0 ? 1 : 0;
});
