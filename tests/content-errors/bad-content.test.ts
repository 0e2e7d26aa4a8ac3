/**
 * Each folder in tests/fixtures/bad-content holds one bad article, each file in
 * tests/fixtures/bad-services one bad table data file. The test copies the site with a valid
 * article and the real table data, swaps in the bad file, runs `astro build` and checks that it
 * fails with a message naming the file, the entry and the field.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
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

test('a good article builds, and a draft never reaches the production build', async () => {
  const site = prepareSite('good', false);
  cpSync(join(FIXTURES, 'draft-article.mdx'), join(site, 'content', 'articles', 'en', 'draft-article.mdx'));
  const result = await buildSite(site);
  assert.ok(result.ok, result.output);
  assert.ok(existsSync(join(site, 'dist', 'en', 'good-article', 'index.html')), 'the good article is built');
  assert.equal(existsSync(join(site, 'dist', 'en', 'draft-article')), false, 'the draft is not built');
  assert.equal(existsSync(join(site, 'dist', 'de', 'draft-article')), false, 'no fallback page for the draft');
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
