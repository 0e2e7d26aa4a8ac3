// `npm run review [-- --base <ref>]`: what a change does for readers. Builds the site at <ref>
// (default: where the branch left main) and as it is in the working tree, and prints the pages
// added, removed and changed, with their words added and removed (scripts/lib/reader-diff.ts), and
// the addresses and section links it adds, aliases or retires (scripts/lib/review-links.ts), the
// translations it makes outdated (scripts/lib/review-translations.ts), the bytes of the changed
// pages against their budgets (scripts/lib/review-bytes.ts) and what lint:content finds in the
// changed articles (scripts/lib/review-lint.ts). With --screenshots <dir> it also takes pictures
// of the first changed pages. In GitHub Actions the same Markdown goes to the job summary
// ($GITHUB_STEP_SUMMARY).
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { ROOT } from '../tests/support/site-copy.ts';
import { withBaseAndHeadBuilds } from './lib/base-build.ts';
import { parseFlags, runCli } from './lib/cli.ts';
import { readDist } from './lib/dist-diff.ts';
import { formatReaderDiff, pagePath, pagesToLookAt, readerDiff } from './lib/reader-diff.ts';
import { formatLinkChanges, hasLinkChanges, linkChanges } from './lib/review-links.ts';
import { formatPageBytes } from './lib/review-bytes.ts';
import { REVIEW_ARTIFACT, SCREENSHOT_SCHEMES, SCREENSHOT_WIDTHS, takeScreenshots } from './lib/screenshots.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { formatNewlyOutdated, newlyOutdated } from './lib/review-translations.ts';
import { readArticleSources, readSiteFacts, statusSources, type ArticleSourceFile } from './lib/article-sources.ts';
import { lintArticles } from './lib/content-lint.ts';
import { formatChangedLint } from './lib/review-lint.ts';
import { ARTICLES_DIR } from '../src/lib/article-files.ts';
import { translationStatus } from '../src/lib/translation-status.ts';
import { SITE } from '../src/site-config.ts';

/** More pictures than this would not be looked at: the first changed pages stand for the rest. */
const MAX_SCREENSHOT_PAGES = 10;

const USAGE = `Usage: npm run review [-- --base <ref>] [--screenshots <dir>]
  --base         the commit to compare the working tree with (default: git merge-base HEAD main)
  --screenshots  write pictures of the first ${MAX_SCREENSHOT_PAGES} changed pages into <dir>`;

/** The article sources of a copy of the project (the build has already accepted them). */
function articlesOf(root: string): ArticleSourceFile[] {
  const { articles, errors } = readArticleSources(root);
  if (errors.length > 0) throw new Error(`invalid article files in ${root}:\n- ${errors.join('\n- ')}`);
  return articles;
}

/** The article sources the working tree changes against `base`, new files included. */
function changedArticles(base: string): string[] {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const files = [...git('diff', '--name-only', base), ...git('ls-files', '--others', '--exclude-standard')];
  return [...new Set(files)].filter((file) => file.startsWith(`${ARTICLES_DIR}/`)).sort();
}

/** A dist folder's files as text (readDist keeps bytes as latin1, so any file compares exactly). */
const readPages = (dist: string) =>
  new Map([...readDist(dist)].map(([path, bytes]) => [path, Buffer.from(bytes, 'latin1').toString('utf8')]));

/** Where the pictures are: the run's artifact on GitHub, else the folder. */
function screenshotsWhere(dir: string): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = process.env;
  return server && repository && run
    ? `the artifact \`${REVIEW_ARTIFACT}\` of [this run](${server}/${repository}/actions/runs/${run})`
    : `\`${dir}\``;
}

/** Takes pictures of the first changed pages of `dist` into `dir`; the line that says where they are. */
async function screenshotLines(dist: string, changed: string[], dir: string): Promise<string[]> {
  const shown = changed.slice(0, MAX_SCREENSHOT_PAGES);
  const site = await serveDist(dist);
  try {
    await takeScreenshots(site.origin, shown, dir);
  } finally {
    site.close();
  }
  const which = shown.length === changed.length ? 'the' : `the first ${shown.length} of ${changed.length}`;
  const how = `${SCREENSHOT_WIDTHS.join(' and ')} px, ${SCREENSHOT_SCHEMES.join(' and ')}`;
  return [`Screenshots of ${which} changed pages at ${how}: ${screenshotsWhere(dir)}.`, ''];
}

await runCli(USAGE, async () => {
  const flags = parseFlags({ base: { type: 'string' }, screenshots: { type: 'string' } });
  const base =
    flags.base ?? execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const lines = await withBaseAndHeadBuilds(base, async ({ before, after }) => {
    // The working tree's sources, read once: for the translation status and for lint:content.
    const articles = articlesOf(after.root);
    const status = (sources: ArticleSourceFile[]) => translationStatus(statusSources(sources));
    const pages = readPages(after.dist);
    const diff = readerDiff(readPages(before.dist), pages);
    const links = linkChanges(before.links, after.links);
    const outdated = newlyOutdated(status(articlesOf(before.root)), status(articles));
    const lint = formatChangedLint(lintArticles(articles, readSiteFacts(after.root)), changedArticles(base));
    const heading = [`### What readers see of this change (against ${base.slice(0, 12)})`, ''];
    const buildTimes = `${before.seconds.toFixed(1)} s before, ${after.seconds.toFixed(1)} s after`;
    const changed = pagesToLookAt(diff);
    if (changed.length + diff.removed.length === 0 && !hasLinkChanges(links) && outdated.length === 0) {
      const same = `Readers see no difference: all ${diff.unchanged} pages read the same and every address is served as before (build time ${buildTimes}).`;
      return [...heading, same, ...(lint.length > 0 ? ['', ...lint] : [])];
    }
    const html = new Map([...pages].map(([file, text]) => [pagePath(file), text]));
    return [
      ...heading,
      ...formatReaderDiff(diff),
      '',
      ...formatLinkChanges(links),
      ...formatNewlyOutdated(outdated, SITE.repository),
      ...formatPageBytes(changed.map((path) => ({ path, html: html.get(path)! }))),
      ...lint,
      ...(flags.screenshots && changed.length > 0 ? await screenshotLines(after.dist, changed, flags.screenshots) : []),
      `Build time: ${buildTimes}.`,
    ];
  });
  const text = `${lines.join('\n')}\n`;
  process.stdout.write(text);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, text);
});
