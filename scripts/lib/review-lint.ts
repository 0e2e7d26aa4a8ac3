/** For `npm run review`: what `npm run lint:content` reports on the sources the change touches. */
import { formatDiagnostic, type Diagnostic } from './content-lint.ts';

/**
 * Markdown lines: the problems found in the changed files, or one line saying there are none;
 * nothing when the change touches no article.
 */
export function formatChangedLint(diagnostics: Diagnostic[], changedArticles: string[]): string[] {
  if (changedArticles.length === 0) return [];
  const changed = new Set(changedArticles);
  const problems = diagnostics.filter((diagnostic) => changed.has(diagnostic.file));
  const sources = `${changedArticles.length} changed article ${changedArticles.length === 1 ? 'source' : 'sources'}`;
  if (problems.length === 0) return [`Content lint: no problem in the ${sources}.`, ''];
  return [
    `**Content lint: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the ${sources}**`,
    '',
    ...problems.map((problem) => `- \`${formatDiagnostic(problem)}\``),
    '',
  ];
}
