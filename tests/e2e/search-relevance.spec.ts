/**
 * The relevance suite: queries a reader would type, each with the article it must find within the
 * first three results, on each locale's search page. Every expectation is checked against the
 * article sources first (the query's words are in the expected article's text, a typo is one or
 * two letters from a word of it), never taken from the search output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { fill } from '../../src/i18n/templates.ts';
import { editDistance, wordsOf } from '../../src/lib/spelling.ts';
import { articlePath, searchPath } from '../../src/lib/urls.ts';
import { plannedArticlePages, type PlannedArticlePage } from '../support/site-plan.ts';
import { ROOT } from '../support/site-copy.ts';

const TOP = 3;
const pages = plannedArticlePages();
const tableData = readFileSync(join(ROOT, 'content', 'serverless', 'services.yaml'), 'utf8');

/** What a page of `locale` shows at `slug`, as its source says: the text (the table's rows included) and its title. */
function shownText(locale: Locale, slug: string): { page: PlannedArticlePage; text: string } {
  const page = pages.find((each) => each.locale === locale && each.slug === slug);
  if (!page) throw new Error(`no article ${slug} in ${locale}`);
  const { body, frontmatter } = page.shown;
  return {
    page,
    text: `${frontmatter.title} ${body}${body.includes('<ServerlessTable') ? tableData : ''}`.toLowerCase(),
  };
}

/** Queries per locale: the query and the slug of the article it must find. */
const queries: Record<Locale, [string, string][]> = {
  en: [
    ['multi-account', 'advantages-aws-multi-account-architecture'],
    ['blast radius', 'advantages-aws-multi-account-architecture'],
    ['hard limits', 'advantages-aws-multi-account-architecture'],
    ['autoscaling', 'advantages-aws-multi-account-architecture'],
    ['xtrabackup', 'aurora-xtrabackup'],
    ['Percona', 'aurora-xtrabackup'],
    ['kms key', 'aurora-xtrabackup'],
    ['gtid_purged', 'aws-aurora-external-mysql-primary-gtids'],
    ['replication topologies', 'aws-aurora-external-mysql-primary-gtids'],
    ['binlog position', 'aws-aurora-external-mysql-primary-gtids'],
    ['Elastic Beanstalk', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
    ['service discovery', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
    ['Heroku', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
    ['ElastiCache', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
    ['freshness', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
    ['Nagios', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
    ['breaching', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
    ['cronjobs', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
    ['reading groups', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['devopsdays', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['organizational learning', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ["O'Neill", 'paul-o-neill-the-irreducible-components-of-leadership'],
    ['unarguable goals', 'paul-o-neill-the-irreducible-components-of-leadership'],
    ['leadership', 'paul-o-neill-the-irreducible-components-of-leadership'],
    ['Timestream', 'serverless-a-new-model-to-run-software'],
    ['Cognito', 'serverless-a-new-model-to-run-software'],
    ['Energy Data Importer', 'serverless-a-new-model-to-run-software'],
    ['pandas', 'serverless-a-new-model-to-run-software'],
    ['capacity planning', 'the-serverless-test'],
    ['utility computing', 'the-serverless-test'],
    ['ServerlessDays', 'the-serverless-test'],
    ['Fargate', 'the-serverless-test'],
  ],
  de: [
    ['Lesegruppen', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['Buchclub', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['Organisationales Lernen', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['devopsdays', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['Eigenverantwortung', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['Fachbücher', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['Gruppendruck', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
    ['Ausführungsmodell', 'the-serverless-test'],
    ['Kapazitätsplanung', 'the-serverless-test'],
    ['Abrechnung', 'the-serverless-test'],
    ['Hype und Marketing', 'the-serverless-test'],
    ['Fargate', 'the-serverless-test'],
    // Articles only in English, found on the German page at their German addresses.
    ['GTID', 'aws-aurora-external-mysql-primary-gtids'],
    ['binlog', 'aws-aurora-external-mysql-primary-gtids'],
    ['xtrabackup', 'aurora-xtrabackup'],
    ['Percona', 'aurora-xtrabackup'],
    ['Multi-Account', 'advantages-aws-multi-account-architecture'],
    ['blast radius', 'advantages-aws-multi-account-architecture'],
    ['autoscaling', 'advantages-aws-multi-account-architecture'],
    ['CloudWatch', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
    ['freshness', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
    ['Nagios', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
    ['CloudFormation', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
    ['Elastic Beanstalk', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
    ['Heroku', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
    ["O'Neill", 'paul-o-neill-the-irreducible-components-of-leadership'],
    ['leadership', 'paul-o-neill-the-irreducible-components-of-leadership'],
    ['unarguable', 'paul-o-neill-the-irreducible-components-of-leadership'],
    ['Timestream', 'serverless-a-new-model-to-run-software'],
    ['Cognito', 'serverless-a-new-model-to-run-software'],
  ],
};

/** Typos: what the reader types, the word they meant, the article. */
const typos: [Locale, string, string, string][] = [
  ['en', 'xtrabakup', 'xtrabackup', 'aurora-xtrabackup'],
  ['en', 'cloudwacth', 'cloudwatch', 'dead-mans-switch-backup-alerting-aws-cloudwatch'],
  ['en', 'Beanstlak', 'beanstalk', 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery'],
  ['en', 'timestrem', 'timestream', 'serverless-a-new-model-to-run-software'],
  ['en', 'leadreship', 'leadership', 'paul-o-neill-the-irreducible-components-of-leadership'],
  ['de', 'Lesegrupen', 'lesegruppen', 'lesegruppen-buchclubs-organisationales-lernen-unternehmen'],
  ['de', 'Kapazitätsplanug', 'kapazitätsplanung', 'the-serverless-test'],
  ['de', 'Percna', 'percona', 'aurora-xtrabackup'],
];

/** Nonsense, in no article: the page must say it found nothing. */
const nothing: [Locale, string][] = [
  ['en', 'zzqxjv'],
  ['de', 'Flurbelwumpf'],
];

/** The result links in order, once the page has answered. */
async function searchFor(page: Page, locale: Locale, query: string): Promise<string[]> {
  await page.goto(`${searchPath(locale)}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('kb-search .status')).not.toBeEmpty();
  return page.locator('kb-search .result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

for (const locale of ['en', 'de'] as const) {
  test(`${locale}: every query finds its article within the first ${TOP} results`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(queries[locale].length).toBeGreaterThanOrEqual(30);
    const misses: string[] = [];
    for (const [query, slug] of queries[locale]) {
      const { text } = shownText(locale, slug);
      for (const word of query.toLowerCase().split(/\s+/)) expect(text, `"${word}" is in ${slug}`).toContain(word);
      const links = await searchFor(page, locale, query);
      if (!links.slice(0, TOP).includes(articlePath(locale, slug)))
        misses.push(`${query} → ${slug}: ${links.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });

  test(`${locale}: each article is found by the rarest word of its title, marked where its text is in another language`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const localePages = pages.filter((each) => each.locale === locale);
    expect(localePages.length).toBe(new Set(pages.map((each) => each.slug)).size);
    const texts = localePages.map((each) => shownText(locale, each.slug).text);
    const inArticles = (word: string) =>
      texts.filter((text) => new RegExp(`(^|[^\\p{L}])${word}`, 'u').test(text)).length;
    const misses: string[] = [];
    for (const article of localePages) {
      // The title's words as a reader types them (O'Neill, Multi-Account), without the punctuation around them.
      const candidates = article.shown.frontmatter.title
        .split(/\s+/)
        .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase())
        .filter((word) => /^\p{L}[\p{L}'’-]{4,}$/u.test(word));
      expect(candidates.length, `a word of the title of ${article.slug}`).toBeGreaterThan(0);
      const word = candidates.sort((a, b) => inArticles(a) - inArticles(b))[0]!;
      const links = await searchFor(page, locale, word);
      const position = links.indexOf(article.path);
      if (position < 0 || position >= TOP) {
        misses.push(`${word} → ${article.path}: ${links.join(', ')}`);
        continue;
      }
      const heading = page.locator('kb-search .result h2').nth(position);
      if (article.shown.locale === locale) await expect(heading).not.toHaveAttribute('lang');
      else {
        await expect(heading, `${article.path} is marked as ${article.shown.locale}`).toHaveAttribute(
          'lang',
          article.shown.locale,
        );
        await expect(page.locator('kb-search .result').nth(position).locator('.language')).not.toBeEmpty();
      }
    }
    expect(misses).toEqual([]);
  });
}

test('a word with one or two letters wrong still leads to its article, through "Did you mean"', async ({ page }) => {
  test.setTimeout(120_000);
  expect(typos.length).toBeGreaterThanOrEqual(6);
  const misses: string[] = [];
  for (const [locale, typed, meant, slug] of typos) {
    const distance = editDistance(typed.toLowerCase(), meant, 2);
    expect(distance, `${typed} is one or two letters from ${meant}`).toBeGreaterThan(0);
    expect(distance).toBeLessThanOrEqual(2);
    expect(wordsOf(shownText(locale, slug).text), `${meant} is a word of ${slug}`).toContain(meant);
    let links = await searchFor(page, locale, typed);
    if (!links.slice(0, TOP).includes(articlePath(locale, slug))) {
      const suggestion = page.locator('kb-search .suggestion a');
      await expect(suggestion, `a suggestion for ${typed}`).toHaveText(meant);
      await suggestion.click();
      links = await searchFor(page, locale, meant);
    }
    if (!links.slice(0, TOP).includes(articlePath(locale, slug)))
      misses.push(`${typed} → ${slug}: ${links.join(', ')}`);
  }
  expect(misses).toEqual([]);
});

test('a query no article contains says so and lists nothing', async ({ page }) => {
  for (const [locale, query] of nothing) {
    for (const each of pages) expect(shownText(each.locale, each.slug).text).not.toContain(query.toLowerCase());
    await searchFor(page, locale, query);
    await expect(page.locator('kb-search .status')).toHaveText(fill(dictionaries[locale]['search.none'], { query }));
    await expect(page.locator('kb-search .results > li')).toHaveCount(0);
  }
});
