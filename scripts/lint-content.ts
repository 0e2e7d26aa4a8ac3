// `npm run lint:content [-- --root <dir>]`: checks the article sources for broken internal links and
// anchors, skipped heading levels, images without alt text and translations whose heading ids
// differ from their original's. Prints `file:line:column: message [rule]`; exits 1 on any problem.
import { readArticleSources, readSiteFacts } from './lib/article-sources.ts';
import { parseFlags, runCli } from './lib/cli.ts';
import { compareDiagnostics, formatDiagnostic, lintArticles } from './lib/content-lint.ts';

const USAGE = `Usage: npm run lint:content [-- --root <project dir>]`;

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
