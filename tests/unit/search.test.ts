import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptOf, matchesQuery, resultView, type PagefindResultData } from '../../src/lib/search-results.ts';
import { isSearchShortcut } from '../../src/lib/search-shortcut.ts';
import { gzipSync } from 'node:zlib';
import { correctedQuery, editDistance, MAX_WORDS, vocabulary, wordsOf } from '../../src/lib/spelling.ts';
import { seededRandom } from '../support/seeded-random.ts';

const press = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

test('the search shortcuts: / and Ctrl/⌘+K, never while typing in a field', () => {
  assert.equal(isSearchShortcut(press('/'), false), true);
  assert.equal(isSearchShortcut(press('k', { ctrlKey: true }), false), true);
  assert.equal(isSearchShortcut(press('K', { metaKey: true }), false), true);
  assert.equal(isSearchShortcut(press('/'), true), false);
  assert.equal(isSearchShortcut(press('k', { ctrlKey: true }), true), false);
  assert.equal(isSearchShortcut(press('k'), false), false);
  assert.equal(isSearchShortcut(press('/', { ctrlKey: true }), false), false);
  assert.equal(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false), false);
});

test('edit distance counts insertions, deletions, substitutions and swaps, and stops past the limit', () => {
  assert.equal(editDistance('xtrabakup', 'xtrabackup', 2), 1);
  assert.equal(editDistance('cloudwacth', 'cloudwatch', 2), 1);
  assert.equal(editDistance('fargat', 'fargate', 2), 1);
  assert.equal(editDistance('aurora', 'aurora', 2), 0);
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('abc', 'xyzxyz', 2), 3);
  assert.equal(editDistance('aurora', 'zzzzzz', 2), 3);
});

test('the vocabulary: words of four letters or more, lower-cased, the most widely used first', () => {
  assert.deepEqual(wordsOf('The GTID_PURGED value, 2023 and Größe!'), ['gtid_purged', 'value', 'größe']);
  assert.deepEqual(vocabulary(['alpha beta gamma', 'beta gamma', 'gamma delta']), ['gamma', 'beta', 'alpha', 'delta']);
});

test('the vocabulary keeps the most widely used words, within its file budget of 512 KiB gzip', () => {
  const random = seededRandom(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = () =>
    Array.from({ length: 4 + Math.floor(random() * 11) }, () => letters[Math.floor(random() * 26)]).join('');
  // More distinct words than kept, as random (hard to compress) as words get; "common" in every text.
  const texts = Array.from({ length: 600 }, () => `common ${Array.from({ length: 120 }, word).join(' ')}`);
  const words = vocabulary(texts);
  assert.equal(words.length, MAX_WORDS);
  assert.equal(words[0], 'common');
  assert.ok(gzipSync(`${words.join('\n')}\n`).length <= 512 * 1024);
});

test('a query with an unknown word gets the nearest word of the vocabulary', () => {
  const words = ['aurora', 'xtrabackup', 'cloudwatch', 'buchclub', 'lesegruppen', 'restore'];
  assert.equal(correctedQuery('xtrabakup', words), 'xtrabackup');
  assert.equal(correctedQuery('Aurora xtrabakup', words), 'Aurora xtrabackup');
  assert.equal(correctedQuery('lesegrupen', words), 'lesegruppen');
  // Known words, beginnings of known words (Pagefind finds them as prefixes) and short words stay.
  assert.equal(correctedQuery('aurora', words), undefined);
  assert.equal(correctedQuery('cloudwat', words), undefined);
  assert.equal(correctedQuery('aws', words), undefined);
  // Nothing near enough: no suggestion.
  assert.equal(correctedQuery('qqqqqqqq', words), undefined);
  // One letter wrong in a word of five letters or fewer; two in a longer one.
  assert.equal(correctedQuery('restpre', words), 'restore');
  assert.equal(correctedQuery('xtrbakup', words), 'xtrabackup');
});

test('of equally near words, the more widely used one is suggested', () => {
  assert.equal(correctedQuery('costs', ['posts', 'coats']), 'posts');
  assert.equal(correctedQuery('costs', ['coats', 'posts']), 'coats');
});

const words = (text: string) => text.split(' ');

test('an excerpt starts at the sentence of its first match, within its section, with the matches marked', () => {
  const text = words('Intro ends here. Heading One First sentence. The blast radius is small. More text follows here.');
  const blast = text.indexOf('blast');
  assert.deepEqual(excerptOf(text, [blast], 5, text.length, 6), [
    { text: 'The ', marked: false },
    { text: 'blast', marked: true },
    { text: ' radius is small. More …', marked: false },
  ]);
  // Never before the section's start, even where the sentence began earlier.
  assert.deepEqual(excerptOf(text, [text.indexOf('First')], 5, text.length, 3)[0], { text: 'First', marked: true });
});

test('a mark covers the matched word, not the punctuation around it', () => {
  assert.deepEqual(excerptOf(words('See “RDS/Aurora.”'), [1], 0, 2, 10), [
    { text: 'See “', marked: false },
    { text: 'RDS/Aurora', marked: true },
    { text: '.”', marked: false },
  ]);
});

test('abbreviations end no sentence', () => {
  const text = words('Done. Consider e.g. test and z. B. staging.');
  assert.equal(
    excerptOf(text, [text.indexOf('staging.')], 0, text.length, 20)[0]!.text,
    'Consider e.g. test and z. B. ',
  );
});

test('a sentence too long to reach its match starts the excerpt a few words before it', () => {
  const text = words(`Start ${'word '.repeat(40)}match end.`);
  const match = text.indexOf('match');
  const parts = excerptOf(text, [match], 0, text.length, 12);
  assert.equal(parts[0]!.text, '… word word word word ');
  assert.deepEqual(parts[1], { text: 'match', marked: true });
});

const result = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/de/aurora-xtrabackup/',
  content: 'Lessons learned. Recently I restored a database. Background It was xtrabackup. Details The restore failed.',
  locations: [],
  meta: { title: 'Lessons learned', lang: 'en', published: '2023-02-19' },
  sub_results: [
    {
      title: 'Background',
      url: '/de/aurora-xtrabackup/#background',
      locations: [8],
      anchor: { id: 'background', text: 'Background', location: 7 },
    },
    {
      title: 'Details',
      url: '/de/aurora-xtrabackup/#details',
      locations: [],
      anchor: { id: 'details', text: 'Details', location: 11 },
    },
  ],
  ...overrides,
});

test('a result in another language is marked with it; its excerpts skip the title and come from its sections', () => {
  const view = resultView(result({ locations: [10] }), 'de');
  assert.equal(view.lang, 'en');
  assert.equal(view.url, '/de/aurora-xtrabackup/');
  assert.equal(view.published, '2023-02-19');
  assert.equal(view.excerpt, undefined); // no match before the first heading
  assert.deepEqual(view.sections[0], {
    url: '/de/aurora-xtrabackup/#background',
    title: 'Background',
    excerpt: [
      { text: 'It', marked: true },
      { text: ' was xtrabackup.', marked: false },
    ],
  });
  assert.equal(resultView(result(), 'en').lang, undefined);
});

test('a match before the first heading gives the result its own excerpt, after the title', () => {
  const view = resultView(result({ locations: [3] }), 'en');
  assert.deepEqual(view.excerpt, [
    { text: 'Recently ', marked: false },
    { text: 'I', marked: true },
    { text: ' restored a database.', marked: false },
  ]);
});

test('a result counts only where Pagefind matched a query word, not a shorter word it fell back to', () => {
  const page = (word: string) => ({ content: `Before ${word} after`, locations: [1] });
  assert.equal(matchesQuery(page('xtrabackup,'), 'xtrabackup'), true);
  assert.equal(matchesQuery(page('CloudWatch'), 'cloudwat'), true); // a beginning, as the reader types
  assert.equal(matchesQuery(page('club'), 'clubs'), true); // another form of the word
  assert.equal(matchesQuery(page('Bücher'), 'Buch'), true);
  assert.equal(matchesQuery(page('X'), 'xtrabakup'), false);
  assert.equal(matchesQuery(page('cloud'), 'CloudWatch'), false);
});
