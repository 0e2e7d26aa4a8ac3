import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMonth } from '../../src/lib/dates.ts';
import {
  archivePages,
  archiveYears,
  INLINE_ASSETS_MAX_ARTICLES,
  inlinesScripts,
  pageSegment,
  pageSlices,
  stylesheetMode,
} from '../../src/lib/list-pages.ts';
import { statusSummary, translationWork, type StatusRow } from '../../src/lib/translation-status.ts';
import { listPageInEveryLocale } from '../../src/lib/urls.ts';

/** Items dated one a day back from `from`, newest first. */
const daily = (count: number, from = '2017-12-31') =>
  Array.from({ length: count }, (_, index) => ({
    id: index,
    pubDate: new Date(new Date(from).getTime() - index * 86_400_000),
  }));

test('pageSlices: pages of the given size, the last one shorter; an empty list is one empty page', () => {
  assert.deepEqual(pageSlices([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(pageSlices([1, 2], 2), [[1, 2]]);
  assert.deepEqual(pageSlices([], 2), [[]]);
});

test('pageSegment: the first page has none, later ones their number', () => {
  assert.equal(pageSegment(1), '');
  assert.equal(pageSegment(2), '2/');
  assert.equal(pageSegment(12), '12/');
});

test('archiveYears: by UTC year and month, newest first, counted; long above the limit', () => {
  const years = archiveYears(daily(400), 100);
  assert.deepEqual(
    years.map(({ year, items, long }) => [year, items.length, long]),
    [
      ['2017', 365, true],
      ['2016', 35, false],
    ],
  );
  assert.deepEqual(years[0]!.months.map(({ month, items }) => [month, items.length]).slice(0, 3), [
    ['12', 31],
    ['11', 30],
    ['10', 31],
  ]);
  assert.equal(years[1]!.months[0]!.month, '12');
  assert.deepEqual(archiveYears([]), []);
});

test('archivePages: a short year is one page; a long year lists its months, each month paged', () => {
  const pages = archivePages(daily(400), { longYear: 100, pageSize: 20 });
  const segments = pages.map((page) => page.segments);
  assert.equal(segments[0], '2017/');
  assert.deepEqual(pages[0]!.items, [], 'a long year lists months, not articles');
  assert.deepEqual(segments.slice(1, 3), ['2017/12/', '2017/12/2/']);
  assert.deepEqual(
    pages.slice(1, 3).map((page) => [page.items.length, page.page, page.pages]),
    [
      [20, 1, 2],
      [11, 2, 2],
    ],
  );
  assert.equal(segments.filter((each) => /^2017\/\d\d\/$/.test(each)).length, 12, 'every month of 2017');
  const short = pages.at(-1)!;
  assert.deepEqual([short.segments, short.items.length, short.month], ['2016/', 35, undefined]);
  assert.equal(
    pages.reduce((sum, page) => sum + page.items.length, 0),
    400,
    'every item on exactly one page',
  );
});

test('formatMonth: the month as each locale names it', () => {
  assert.equal(formatMonth('2023', '03', 'en'), 'March 2023');
  assert.equal(formatMonth('2023', '03', 'de'), 'März 2023');
});

const row = (slug: string, en: StatusRow['states']['en'], de: StatusRow['states']['de']): StatusRow => ({
  slug,
  states: { en, de },
  files: {
    ...(en !== 'missing' && { en: `content/articles/en/${slug}.mdx` }),
    ...(de !== 'missing' && { de: `content/articles/de/${slug}.mdx` }),
  },
  ...(de === 'outdated' && { originalChanged: '2024-01-02', currentHash: 'abc' }),
});

test('statusSummary counts each locale by state; translationWork lists outdated first, then missing, in row order', () => {
  const rows = [
    row('a', 'original', 'missing'),
    row('b', 'original', 'outdated'),
    row('c', 'missing', 'original'),
    row('d', 'original', 'up-to-date'),
  ];
  assert.deepEqual(statusSummary(rows, ['en', 'de']), {
    en: { original: 3, 'up-to-date': 0, outdated: 0, missing: 1 },
    de: { original: 1, 'up-to-date': 1, outdated: 1, missing: 1 },
  });
  assert.deepEqual(
    translationWork(rows, ['en', 'de']).map(({ slug, locale, state, file }) => [slug, locale, state, file]),
    [
      ['b', 'de', 'outdated', 'content/articles/de/b.mdx'],
      ['a', 'de', 'missing', undefined],
      ['c', 'en', 'missing', undefined],
    ],
  );
  assert.equal(translationWork(rows, ['en', 'de'])[0]!.originalChanged, '2024-01-02');
});

test('stylesheetMode and inlinesScripts: CSS and scripts in every page up to the limit, cached files beyond', () => {
  assert.equal(stylesheetMode(9), 'always');
  assert.equal(stylesheetMode(INLINE_ASSETS_MAX_ARTICLES), 'always');
  assert.equal(stylesheetMode(INLINE_ASSETS_MAX_ARTICLES + 1), 'never');
  assert.equal(inlinesScripts(INLINE_ASSETS_MAX_ARTICLES), true);
  assert.equal(inlinesScripts(INLINE_ASSETS_MAX_ARTICLES + 1), false);
});

test('listPageInEveryLocale: the first page of a list has its language versions; a later page is its own canonical', () => {
  const pathOf = (locale: 'en' | 'de', page: number) => `/${locale}/tags/aws/${page > 1 ? `${page}/` : ''}`;
  assert.deepEqual(listPageInEveryLocale('de', 1, pathOf), {
    canonicalPath: '/de/tags/aws/',
    alternates: [
      { locale: 'en', path: '/en/tags/aws/' },
      { locale: 'de', path: '/de/tags/aws/' },
    ],
    defaultPath: '/en/tags/aws/',
    languageLink: { locale: 'en', href: '/en/tags/aws/' },
  });
  assert.deepEqual(listPageInEveryLocale('de', 3, pathOf), {
    canonicalPath: '/de/tags/aws/3/',
    alternates: [],
    defaultPath: undefined,
    languageLink: { locale: 'en', href: '/en/tags/aws/' },
  });
});
