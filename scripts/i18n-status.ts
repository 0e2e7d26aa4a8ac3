// `npm run i18n:status [-- --check] [-- --root <dir>]`: every article × locale: original, up to date,
// outdated or missing. With --check, exits 1 when a translation is outdated (CI reports it as a
// warning; on GitHub Actions each outdated file also gets a warning annotation).
import { LOCALES } from '../src/i18n/locales.ts';
import { translationStatus, type TranslationState } from '../src/lib/translation-status.ts';
import { readArticleSources, statusSources } from './lib/article-sources.ts';
import { parseFlags, runCli } from './lib/cli.ts';

const USAGE = `Usage: npm run i18n:status [-- --check] [-- --root <project dir>]
  --check  exit 1 when a translation is outdated`;

await runCli(USAGE, () => {
  const values = parseFlags({ check: { type: 'boolean' }, root: { type: 'string', default: '.' } });
  const { articles, errors } = readArticleSources(values.root);
  if (errors.length > 0) throw new Error(`invalid article files:\n- ${errors.join('\n- ')}`);

  const rows = translationStatus(statusSources(articles));

  const LABELS: Record<TranslationState, string> = {
    original: 'original',
    'up-to-date': 'up to date',
    outdated: 'OUTDATED',
    missing: 'missing',
  };
  const table = [
    ['article', ...LOCALES],
    ...rows.map((row) => [row.slug, ...LOCALES.map((l) => LABELS[row.states[l]])]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  for (const cells of table)
    console.log(
      cells
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );

  const count = (state: TranslationState) =>
    rows.flatMap((row) => LOCALES.filter((l) => row.states[l] === state)).length;
  console.log(
    `\n${rows.length} articles: ${count('up-to-date')} translations up to date, ${count('outdated')} outdated, ${count('missing')} missing`,
  );

  const outdated = rows.flatMap((row) =>
    LOCALES.filter((locale) => row.states[locale] === 'outdated').map((locale) => ({
      file: row.files[locale]!,
      hash: row.currentHash!,
    })),
  );
  for (const { file, hash } of outdated) {
    const message = `the original changed after this translation was made: update the translation, then set originalHash: '${hash}'`;
    console.log(`${file}: ${message}`);
    if (values.check && process.env.GITHUB_ACTIONS === 'true') {
      console.log(`::warning file=${file},title=Outdated translation::${message}`);
    }
  }
  return values.check && outdated.length > 0 ? 1 : 0;
});
