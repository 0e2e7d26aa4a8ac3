/**
 * The contributor commands on a throwaway copy of the site: `npm run new` scaffolds an article that
 * builds as it is, refuses a taken slug and a bad one; `--translate` writes a skeleton linked to its
 * original; `i18n:status` flips to outdated when the original changes; the built article page and
 * the translation status page tell readers.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { dictionaries, fill } from '../../src/i18n/index.ts';
import { languageName, LOCALES } from '../../src/i18n/locales.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { buildSite, copySite, ROOT } from '../support/site-copy.ts';

const SITE = join(ROOT, 'tests', 'fixtures', '.work', 'contributor-workflow');
/** The day the test dates its change to the original (after the fixture's pubDate). */
const ORIGINAL_UPDATED = '2026-11-29';

/** Runs a contributor script on the site copy without a terminal, as CI would. */
async function script(name: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts', name), '--root', SITE, ...args],
      {
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

const article = (locale: string, slug: string) => join(SITE, 'content', 'articles', locale, `${slug}.mdx`);
const page = (locale: string, slug: string) =>
  parse(readFileSync(join(SITE, 'dist', locale, slug, 'index.html'), 'utf8'));
const headingIds = (locale: string, slug: string) =>
  page(locale, slug)
    .querySelectorAll('.prose :is(h2, h3)')
    .map((heading) => heading.id);

test('contributor workflow: new article, translation skeleton, outdated translation', async (t) => {
  copySite(SITE);
  cpSync(join(ROOT, 'content', 'serverless'), join(SITE, 'content', 'serverless'), { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'translatable-article.mdx'), article('en', 'translatable'));

  await t.test('new creates an article with valid frontmatter', async () => {
    const result = await script('new-article.ts', ['--locale', 'en', '--slug', 'probe', '--title', "Probe's title"]);
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /Created content\/articles\/en\/probe\.mdx/);
    assert.match(readFileSync(article('en', 'probe'), 'utf8'), /^---\ntitle: 'Probe''s title'\n/);
  });

  await t.test('new refuses a slug that exists and names it', async () => {
    const before = readFileSync(article('en', 'probe'), 'utf8');
    const result = await script('new-article.ts', ['--locale', 'en', '--slug', 'probe', '--title', 'Other']);
    assert.equal(result.code, 1);
    assert.match(result.output, /an article with the slug "probe" already exists: content\/articles\/en\/probe\.mdx/);
    assert.equal(readFileSync(article('en', 'probe'), 'utf8'), before, 'the existing file is untouched');
  });

  await t.test('new rejects a slug that is not kebab-case, and missing flags without a terminal', async () => {
    const badSlug = await script('new-article.ts', ['--locale', 'en', '--slug', 'My_Topic', '--title', 'X']);
    assert.equal(badSlug.code, 2);
    assert.match(badSlug.output, /slug "My_Topic" must be lowercase kebab-case/);
    assert.match(badSlug.output, /Usage:/);
    const missing = await script('new-article.ts', ['--locale', 'en', '--slug', 'other']);
    assert.equal(missing.code, 2);
    assert.match(missing.output, /--title is missing \(no terminal attached to ask for it\)/);
    assert.equal(existsSync(article('en', 'other')), false);
  });

  // `script` (util-linux; Debian's essential bsdutils) gives the command a terminal to answer on.
  await t.test('new asks for missing flags on a terminal', () => {
    assert.equal(spawnSync('script', ['--version']).status, 0, 'util-linux `script` is needed to drive a terminal');
    const command = [process.execPath, join(ROOT, 'scripts', 'new-article.ts'), '--root', SITE, '--locale', 'en'].join(
      ' ',
    );
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      input: 'asked-topic\nAsked title\n',
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /Slug \(lowercase kebab-case, e\.g\. my-topic\): /);
    assert.match(readFileSync(article('en', 'asked-topic'), 'utf8'), /^title: 'Asked title'$/m);
  });

  await t.test('new --translate writes a skeleton linked to its original, with the heading ids', async () => {
    const result = await script('new-article.ts', ['--translate', 'translatable', '--to', 'de']);
    assert.equal(result.code, 0, result.output);
    const skeleton = readFileSync(article('de', 'translatable'), 'utf8');
    assert.match(skeleton, /\ntranslationOf: en\/translatable\n/);
    assert.match(skeleton, /\noriginalHash: '[0-9a-f]{12}'\n/);
    assert.match(skeleton, /\n## First section \{#first-section\}\n/);
    assert.match(skeleton, /\n### A detail with `code` \{#a-detail-with-code\}\n/);
    assert.match(skeleton, /\n## Second section \{#custom-id\}\n/);
    const again = await script('new-article.ts', ['--translate', 'translatable', '--to', 'de']);
    assert.equal(again.code, 1);
    assert.match(again.output, /"translatable" already has a de version: content\/articles\/de\/translatable\.mdx/);
  });

  await t.test('i18n:status: up to date, then outdated once the original changes', async () => {
    const fresh = await script('i18n-status.ts', ['--check']);
    assert.equal(fresh.code, 0, fresh.output);
    assert.match(fresh.output, /^probe +original +missing$/m);
    assert.match(fresh.output, /^translatable +original +up to date$/m);
    appendFileSync(article('en', 'translatable'), '\nA sentence added to the original after the translation.\n');
    // The author dates the change; the frontmatter is not part of the hash.
    const original = readFileSync(article('en', 'translatable'), 'utf8');
    writeFileSync(
      article('en', 'translatable'),
      original.replace(/^pubDate: .*$/m, `$&\nupdatedDate: ${ORIGINAL_UPDATED}`),
    );
    const stale = await script('i18n-status.ts', ['--check']);
    assert.equal(stale.code, 1, stale.output);
    assert.match(stale.output, /^translatable +original +OUTDATED$/m);
    assert.match(stale.output, /::warning file=content\/articles\/de\/translatable\.mdx,title=Outdated translation::/);
    assert.equal((await script('i18n-status.ts', [])).code, 0, 'without --check, outdated is reported, not an error');
  });

  await t.test('the site builds: the new article is published, the outdated translation says so', async () => {
    const build = await buildSite(SITE);
    assert.ok(build.ok, build.output);
    assert.equal(page('en', 'probe').querySelector('h1')?.text, "Probe's title");
    const redirects = readFileSync(join(SITE, 'dist', '_redirects'), 'utf8');
    assert.doesNotMatch(redirects, /probe/, 'a new article never had an old-blog permalink');
    const notice = page('de', 'translatable').querySelector('[role=note]');
    assert.match(notice?.text ?? '', /Das Original wurde nach dieser Übersetzung geändert/);
    assert.equal(notice?.querySelector('a')?.getAttribute('href'), '/en/translatable/');
    assert.deepEqual(headingIds('de', 'translatable'), headingIds('en', 'translatable'));
    assert.deepEqual(headingIds('en', 'translatable'), ['first-section', 'a-detail-with-code', 'custom-id']);
  });

  await t.test(
    'the translation status page shows the translation as outdated, with the day its original changed',
    () => {
      for (const locale of LOCALES) {
        // Outdated translations lead the work list: the first row of its table (the second table).
        const row = page(locale, 'translations').querySelectorAll('table')[1]?.querySelector('tbody tr');
        assert.ok(row?.querySelector(`th a[href="${articlePath(locale, 'translatable')}"]`), locale);
        const [language, cell] = row!.querySelectorAll('td');
        assert.equal(language?.text, languageName('de', locale));
        const date = formatDate(new Date(ORIGINAL_UPDATED), locale);
        assert.equal(
          cell?.childNodes[0]?.text.trim(),
          fill(dictionaries[locale]['translations.outdated'], { date }),
          locale,
        );
      }
    },
  );
});
