/**
 * `npm run review` on branches of a throwaway git repository made from this one: each case commits
 * one kind of change on a branch off `main` and checks the lines a reviewer would read, in English
 * and German. Expectations come from the sources the case edits (titles, slugs, hashes), never from
 * a review's output.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { bodyHash } from '../../src/lib/translation-status.ts';
import { SITE } from '../../src/site-config.ts';
import { ROOT } from '../support/site-copy.ts';

let repo: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' });

before(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'kb-review-')), 'site');
  // The files a clone would have, as they are in the working tree (uncommitted edits included).
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(ROOT, file), join(repo, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
  git('init', '-q', '-b', 'main');
  // .gitignore's `node_modules/` matches a folder, not this link to one.
  writeFileSync(join(repo, '.git', 'info', 'exclude'), 'node_modules\n');
  git('config', 'user.email', 'review@example.org');
  git('config', 'user.name', 'Review test');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
});

after(() => rmSync(dirname(repo), { recursive: true, force: true }));

/** Commits `change` on a new branch off main and returns what `npm run review` prints there. */
function reviewOf(branch: string, change: () => void): string {
  git('checkout', '-q', '-b', branch, 'main');
  change();
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', branch);
  // Not into the job summary of the CI run that runs this test.
  const env = { ...process.env };
  delete env.GITHUB_STEP_SUMMARY;
  return execFileSync(process.execPath, ['scripts/review.ts'], { cwd: repo, encoding: 'utf8', env, stdio: 'pipe' });
}

const articleFile = (locale: string, slug: string) => join(repo, 'content', 'articles', locale, `${slug}.mdx`);
const read = (file: string) => readFileSync(file, 'utf8');
/** The article's title, from its frontmatter. */
const titleOf = (file: string) => /^title: '?(.*?)'?$/m.exec(read(file))![1]!.replaceAll("''", "'");
/** The file after its frontmatter. */
const bodyOf = (text: string) => text.slice(text.indexOf('\n---', 4) + 5);

/** Asserts that every expected line is in the review, showing the review if one is not. */
function assertLines(review: string, expected: string[]) {
  const lines = review.split('\n');
  for (const line of expected) assert.ok(lines.includes(line), `missing line:\n${line}\n\nin the review:\n${review}`);
}

test('a paragraph edited: the article, one word (its fallback in the other locale shows the summary and sections only)', () => {
  const slug = 'aurora-xtrabackup';
  const file = articleFile('en', slug);
  const title = titleOf(file);
  const review = reviewOf('paragraph-edited', () =>
    writeFileSync(file, read(file).replace('Recently I was trying', 'Lately I was trying')),
  );
  assertLines(review, [
    '**Pages changed (1)**',
    `- ${title} \`/en/${slug}/\`: 1 word added, 1 word removed`,
    'Addresses and section links: none added, aliased or retired.',
    '**Bytes of the changed pages, gzipped (all within their budgets)**',
    'Content lint: no problem in the 1 changed article source.',
  ]);
  assert.match(review, new RegExp(`^- \`/en/${slug}/\`: CSS [\\d,]+ B of 4,096 B, JavaScript`, 'm'));
  assert.match(review, /^Build time: \d+\.\d s before, \d+\.\d s after\.$/m);
});

test('an article added in German: its page, its English fallback and its section link', () => {
  const slug = 'lesezirkel-im-team';
  const title = 'Ein Lesezirkel im Team';
  const review = reviewOf('article-added', () =>
    writeFileSync(
      articleFile('de', slug),
      [
        '---',
        `title: '${title}'`,
        "description: 'Ein kurzer Artikel für den Test der Durchsicht: wie ein Lesezirkel im Team beginnt.'",
        'pubDate: 2026-12-01',
        'tags: [book-clubs]',
        '---',
        '',
        '## Der erste Abend',
        '',
        'Wir lesen ein Kapitel und sprechen darüber.',
        '',
      ].join('\n'),
    ),
  );
  assertLines(review, [
    `- added: \`/de/${slug}/\` and 1 section link (\`#der-erste-abend\`)`,
    `- added: \`/en/${slug}/\` and 1 section link (\`#der-erste-abend\`)`,
    'Content lint: no problem in the 1 changed article source.',
  ]);
  assert.match(review, /^\*\*Pages added \(\d+\)\*\*$/m);
  assert.match(review, new RegExp(`^- ${title} \`/de/${slug}/\`: \\d+ words$`, 'm'));
  assert.match(review, new RegExp(`^- ${title} \`/en/${slug}/\`: \\d+ words$`, 'm'));
});

test('a German original edited under an up-to-date English translation: the translation is now outdated', () => {
  const slug = 'lesegruppen-buchclubs-organisationales-lernen-unternehmen';
  const [original, translation] = [articleFile('de', slug), articleFile('en', slug)];
  // The case needs a translation that is up to date before the change.
  assert.match(read(translation), new RegExp(`^originalHash: ${bodyHash(bodyOf(read(original)))}$`, 'm'));
  let edited = '';
  const review = reviewOf('original-edited', () => {
    edited = read(original).replace(/\n\n([A-ZÄÖÜ][^\n]*?)\.\n/, '\n\n$1. Nachtrag.\n');
    assert.notEqual(edited, read(original), 'a paragraph to add to');
    writeFileSync(original, edited);
  });
  assertLines(review, [
    '**Translations this change makes outdated (1)**',
    `- \`content/articles/en/${slug}.mdx\`: its original changed. [Update the translation](${SITE.repository}/edit/main/content/articles/en/${slug}.mdx), then set \`originalHash: '${bodyHash(bodyOf(edited))}'\``,
    `- ${titleOf(original)} \`/de/${slug}/\`: 1 word added, 0 words removed`,
  ]);
});

test('a heading renamed with its old id kept: its section links still land, in both locales', () => {
  const slug = 'aurora-xtrabackup';
  const file = articleFile('en', slug);
  const [oldId, newId] = ['restoring-to-a-plain-rds-mysql-instance', 'restoring-to-plain-rds-mysql'];
  const review = reviewOf('heading-renamed', () => {
    const text = read(file)
      .replace(`## Restoring to a plain RDS MySQL instance {#${oldId}}`, `## Restoring to plain RDS MySQL {#${newId}}`)
      .replace(/^formerHeadingIds:\n/m, `formerHeadingIds:\n  ${oldId}: ${newId}\n`)
      .replace(`: ${oldId}\n`, `: ${newId}\n`);
    assert.ok(text.includes(`{#${newId}}`), 'the heading to rename');
    writeFileSync(file, text);
  });
  assertLines(review, [
    `- aliased: \`/en/${slug}/#${oldId}\` still lands, on \`#${newId}\``,
    `- aliased: \`/de/${slug}/#${oldId}\` still lands, on \`#${newId}\``,
    `- added on \`/en/${slug}/\`: 1 section link (\`#${newId}\`)`,
    `- added on \`/de/${slug}/\`: 1 section link (\`#${newId}\`)`,
    `- ${titleOf(file)} \`/en/${slug}/\`: 0 words added, 2 words removed`,
  ]);
});

test('nothing changed: one line says so', () => {
  const review = reviewOf('nothing-changed', () => {});
  const lines = review.trim().split('\n');
  assert.equal(lines.length, 3, review);
  assert.match(lines[0]!, /^### What readers see of this change \(against [0-9a-f]{12}\)$/);
  assert.match(
    lines[2]!,
    /^Readers see no difference: all \d+ pages read the same and every address is served as before \(build time \d+\.\d s before, \d+\.\d s after\)\.$/,
  );
});
