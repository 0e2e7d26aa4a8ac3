import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CATEGORIES,
  matchesRow,
  normalizeSearchText,
  parseTableState,
  PROVIDERS,
  serializeTableState,
  sortedIndexes,
  VERDICTS,
  type RowFacts,
} from '../../src/lib/serverless-table.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

test('parses every parameter', () => {
  assert.deepEqual(parseTableState('?verdict=yes&provider=open-source&q=aurora&sort=-name'), {
    verdict: 'yes',
    provider: 'open-source',
    q: 'aurora',
    sort: { column: 'name', descending: true },
  });
  assert.deepEqual(parseTableState('?sort=verdict'), { q: '', sort: { column: 'verdict', descending: false } });
});

test('ignores unknown and malformed parameters', () => {
  assert.deepEqual(parseTableState('?verdict=maybe&provider=AWS&sort=--name&foo=bar&q=%20%20'), { q: '' });
  assert.deepEqual(parseTableState('?sort=-&verdict='), { q: '' });
  assert.equal(typeof parseTableState('?q=%E0%A4%A&verdict=%ZZ').q, 'string', 'broken percent-encoding does not throw');
  assert.equal(parseTableState(`?q=${'x'.repeat(500)}`).q.length, 200);
});

test('serializes in a fixed order and round-trips', () => {
  assert.equal(serializeTableState({ q: '' }), '');
  assert.equal(serializeTableState({ q: ' a b ', provider: 'aws', verdict: 'no' }), '?verdict=no&provider=aws&q=a+b');
  const state = parseTableState('?sort=-category&q=Größe&verdict=depends');
  assert.deepEqual(parseTableState(serializeTableState(state)), state);
});

test('search text is case- and accent-insensitive', () => {
  assert.equal(normalizeSearchText('Größe, Café!'), 'grosse cafe');
  assert.equal(normalizeSearchText('ÜBER  Straße'), 'uber strasse');
  assert.equal(normalizeSearchText('$40 base fee / month'), '$40 base fee / month');
});

const row = (overrides: Partial<RowFacts>): RowFacts => ({
  verdict: 'yes',
  provider: 'aws',
  keys: { name: 'x', provider: 'AWS', category: 'c', verdict: '' },
  text: normalizeSearchText('Serverless Aurora v1 Relational database Can scale to zero'),
  ...overrides,
});

test('rows match filters and every search word', () => {
  assert.equal(matchesRow(row({}), { q: '' }), true);
  assert.equal(matchesRow(row({}), { q: 'AURORA zero' }), true);
  assert.equal(matchesRow(row({}), { q: 'aurora kinesis' }), false);
  assert.equal(matchesRow(row({}), { q: '', verdict: 'no' }), false);
  assert.equal(matchesRow(row({}), { q: '', provider: 'google' }), false);
  assert.equal(matchesRow(row({ text: normalizeSearchText('Relationale Datenbank') }), { q: 'relationale datenbank' }), true);
});

test('sorting keeps the author order for ties and without a sort', () => {
  const rows = [
    row({ verdict: 'no', keys: { name: 'b', provider: 'AWS', category: 'z', verdict: '' } }),
    row({ verdict: 'yes', keys: { name: 'a', provider: 'Google', category: 'z', verdict: '' } }),
    row({ verdict: 'depends', keys: { name: 'C', provider: 'AWS', category: 'y', verdict: '' } }),
  ];
  assert.deepEqual(sortedIndexes(rows, undefined), [0, 1, 2]);
  assert.deepEqual(sortedIndexes(rows, { column: 'name', descending: false }), [1, 0, 2]);
  assert.deepEqual(sortedIndexes(rows, { column: 'name', descending: true }), [2, 0, 1]);
  assert.deepEqual(sortedIndexes(rows, { column: 'verdict', descending: false }), [1, 2, 0]);
  assert.deepEqual(sortedIndexes(rows, { column: 'provider', descending: false }), [0, 2, 1]);
  assert.deepEqual(sortedIndexes(rows, { column: 'category', descending: false }), [2, 0, 1]);
});

test('every verdict, provider and category has a label in every locale', () => {
  for (const locale of LOCALES) {
    const labels = dictionaries[locale] as Record<string, string>;
    for (const key of [
      ...VERDICTS.map((verdict) => `table.verdict.${verdict}`),
      ...PROVIDERS.map((provider) => `table.provider.${provider}`),
      ...CATEGORIES.map((category) => `table.category.${category}`),
    ]) {
      assert.ok(labels[key], `${locale}: ${key}`);
    }
  }
});
