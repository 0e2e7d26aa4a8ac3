/**
 * Each folder in tests/fixtures/bad-content holds one bad article, each file in
 * tests/fixtures/bad-services one bad table data file. The test copies the site with a valid
 * article and the real table data, swaps in the bad file, runs `astro build` and checks that it
 * fails with a message naming the file, the entry and the field. One build of good articles and a
 * draft checks that the draft is published nowhere.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { dictionaries, useTranslations } from '../../src/i18n/index.ts';
import { otherLocale } from '../../src/i18n/locales.ts';
import { searchIndexPages } from '../support/dist.ts';
import { buildSite, copySite, ROOT } from '../support/site-copy.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const WORK = join(FIXTURES, '.work');

const cases: { name: string; expected: RegExp[] }[] = [
  { name: 'bad-date', expected: [/content\/articles\/en\/bad-date\.mdx/, /pubDate/, /must be a date like 2024-05-31/] },
  {
    name: 'missing-title',
    expected: [/content\/articles\/en\/missing-title\.mdx/, /title is required, e.g. title: My topic/],
  },
  {
    name: 'description-too-long',
    expected: [/content\/articles\/en\/description-too-long\.mdx/, /description/, /50–160 characters.*got 17\d/],
  },
  { name: 'unknown-key', expected: [/content\/articles\/en\/unknown-key\.mdx/, /categroy/, /unrecognized key/i] },
  { name: 'uppercase-tag', expected: [/content\/articles\/en\/uppercase-tag\.mdx/, /tags/, /lowercase kebab-case/] },
  { name: 'unknown-locale', expected: [/content\/articles\/fr\/article-francais\.mdx/, /unknown locale folder "fr"/] },
  {
    name: 'duplicate-slug',
    expected: [
      /content\/articles\/en\/same-slug\.mdx/,
      /duplicate slug "same-slug" in locale "en"/,
      /en\/same-slug\.md\b/,
    ],
  },
  {
    name: 'updated-before-published',
    expected: [/content\/articles\/en\/updated-before-published\.mdx/, /updatedDate/, /must not be before pubDate/],
  },
  {
    name: 'missing-original-hash',
    expected: [/content\/articles\/de\/good-article\.mdx/, /originalHash/, /required on a translation/],
  },
];

const badServices: { name: string; expected: RegExp[] }[] = [
  {
    name: 'unknown-verdict',
    expected: [/services.yaml/, /\beks\b/, /verdict must be one of yes, depends, no, got "maybe"/],
  },
  {
    name: 'unknown-provider',
    expected: [
      /services.yaml/,
      /ibm-code-engine/,
      /provider must be one of aws, azure, google, akamai, open-source, got "ibm"/,
    ],
  },
  {
    name: 'duplicate-id',
    expected: [/content\/serverless\/services.yaml: row 2 \(id "eks"\): field "id" duplicates an earlier row/],
  },
  { name: 'missing-locale-text', expected: [/services.yaml/, /\bgke\b/, /reason\.de \(German text\) is required/] },
];

/** A throwaway copy of the site whose only content is one good article, the table data and the fixture. */
function prepareSite(name: string, withFixture = true): string {
  const site = copySite(join(WORK, name));
  cpSync(join(FIXTURES, 'good-article.mdx'), join(site, 'content', 'articles', 'en', 'good-article.mdx'));
  cpSync(join(ROOT, 'content', 'serverless'), join(site, 'content', 'serverless'), { recursive: true });
  if (withFixture) cpSync(join(FIXTURES, 'bad-content', name), join(site, 'content', 'articles'), { recursive: true });
  return site;
}

test('good articles build; a draft reaches no page, feed, sitemap, search index or tag', async (t) => {
  const site = prepareSite('good', false);
  cpSync(join(FIXTURES, 'draft-article.mdx'), join(site, 'content', 'articles', 'en', 'draft-article.mdx'));
  cpSync(join(FIXTURES, 'german-article.mdx'), join(site, 'content', 'articles', 'de', 'guter-artikel.mdx'));
  const result = await buildSite(site);
  assert.ok(result.ok, result.output);
  const dist = join(site, 'dist');
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');

  await t.test('the draft has no page in any locale', () => {
    assert.ok(existsSync(join(dist, 'en', 'good-article', 'index.html')), 'the good article is built');
    assert.equal(existsSync(join(dist, 'en', 'draft-article')), false, 'the draft is not built');
    assert.equal(existsSync(join(dist, 'de', 'draft-article')), false, 'no fallback page for the draft');
  });

  await t.test('home pages, feeds, sitemap, tag pages and the archive name a published article, not the draft', () => {
    const surfaces: [file: string, published: string][] = [
      ['en/index.html', 'good-article'],
      ['de/index.html', 'good-article'],
      ['en/feed.xml', 'good-article'],
      ['de/feed.xml', 'guter-artikel'],
      ['atom.xml', 'good-article'],
      ['sitemap-0.xml', 'good-article'],
      ['en/tags/testing/index.html', 'good-article'],
      ['de/tags/testing/index.html', 'good-article'],
      // The draft's year and month are the published article's too (tests/fixtures/*.mdx).
      ['en/archive/2024/index.html', 'good-article'],
      ['de/archive/2024/index.html', 'good-article'],
    ];
    for (const [file, published] of surfaces) {
      const text = read(file);
      assert.match(text, new RegExp(`/${published}/`), `${file} names ${published}`);
      assert.doesNotMatch(text, /draft-article/, `${file} names the draft`);
    }
    // Nor does anything else the build writes (the search index is compressed: checked below).
    const mentions = globSync('**/*', { cwd: dist, withFileTypes: true })
      .filter((entry) => entry.isFile() && readFileSync(join(entry.parentPath, entry.name)).includes('draft-article'))
      .map((entry) => join(entry.parentPath, entry.name));
    assert.deepEqual(mentions, []);
  });

  await t.test('no tag page for a tag only the draft carries, and the draft is not counted', () => {
    for (const locale of ['en', 'de'] as const) {
      assert.equal(existsSync(join(dist, locale, 'tags', 'unpublished')), false, `${locale}: page for the draft's tag`);
      const tags = parse(read(`${locale}/tags/index.html`))
        .querySelectorAll('.tag-cloud li')
        .map((item) => item.text.replace(/\s+/g, ' ').trim());
      // testing: the good article and the German one (as original or fallback page), not the draft.
      const twoArticles = useTranslations(locale)('tags.count', { count: 2 });
      assert.deepEqual(tags, [`testing (${twoArticles})`], `${locale}: tag index`);
    }
  });

  await t.test('the search index holds the published articles only', () => {
    assert.deepEqual(
      searchIndexPages(dist)
        .map((page) => page.url)
        .sort(),
      // Each in both locales: at its own address and at its fallback page's in the other locale.
      ['/de/good-article/', '/de/guter-artikel/', '/en/good-article/', '/en/guter-artikel/'],
    );
  });

  await t.test('the language switcher says "not translated yet" in the language of the missing version', () => {
    for (const [locale, slug] of [
      ['en', 'good-article'],
      ['de', 'guter-artikel'],
    ] as const) {
      const target = otherLocale(locale);
      const words = dictionaries[target];
      const link = parse(read(`${locale}/${slug}/index.html`)).querySelector(`header a[hreflang="${target}"]`);
      assert.equal(link?.text, `${words['site.language']} (${words['switcher.untranslated']})`, `${locale}/${slug}`);
    }
  });
});

for (const { name, expected } of cases) {
  test(`bad content "${name}" fails with file and field named`, async () => {
    const result = await buildSite(prepareSite(name));
    assert.equal(result.ok, false, `astro build should fail for ${name}`);
    for (const pattern of expected) assert.match(result.output, pattern);
  });
}

for (const { name, expected } of badServices) {
  test(`bad table data "${name}" fails with file, row and field named`, async () => {
    const site = prepareSite(`services-${name}`, false);
    cpSync(join(FIXTURES, 'bad-services', `${name}.yaml`), join(site, 'content', 'serverless', 'services.yaml'));
    const result = await buildSite(site);
    assert.equal(result.ok, false, `astro build should fail for ${name}`);
    for (const pattern of expected) assert.match(result.output, pattern);
  });
}
