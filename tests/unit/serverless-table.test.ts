import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CATEGORIES,
  normalizeSearchText,
  parseTableState,
  rowFilter,
  selectRows,
  PROVIDERS,
  serializeTableState,
  SORT_COLUMNS,
  sortedIndexes,
  sortParam,
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
  // Cut at 200 characters, not code units: no half emoji, and no space left at the end.
  assert.equal(parseTableState(`?q=${'x'.repeat(199)}🤔🤔`).q, `${'x'.repeat(199)}🤔`);
  assert.equal(parseTableState(`?q=${'x'.repeat(199)}%20y`).q, 'x'.repeat(199));
});

test('serializes in a fixed order and round-trips', () => {
  assert.equal(serializeTableState({ q: '' }), '');
  assert.equal(serializeTableState({ q: ' a b ', provider: 'aws', verdict: 'no' }), '?verdict=no&provider=aws&q=a+b');
  const state = parseTableState('?sort=-category&q=Größe&verdict=depends');
  assert.deepEqual(parseTableState(serializeTableState(state)), state);
});

test('the phones\' "Sort by" values are the address\'s sort parameter, both ways', () => {
  assert.equal(sortParam(undefined), '');
  assert.equal(sortParam({ column: 'name', descending: true }), '-name');
  for (const column of SORT_COLUMNS)
    for (const descending of [false, true]) {
      const sort = { column, descending };
      assert.deepEqual(parseTableState(`?sort=${sortParam(sort)}`).sort, sort);
    }
  assert.equal(parseTableState(`?sort=${sortParam(undefined)}`).sort, undefined);
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
  assert.equal(rowFilter({ q: '' })(row({})), true);
  assert.equal(rowFilter({ q: 'AURORA zero' })(row({})), true);
  assert.equal(rowFilter({ q: 'aurora kinesis' })(row({})), false);
  assert.equal(rowFilter({ q: '', verdict: 'no' })(row({})), false);
  assert.equal(rowFilter({ q: '', provider: 'google' })(row({})), false);
  assert.equal(
    rowFilter({ q: 'relationale datenbank' })(row({ text: normalizeSearchText('Relationale Datenbank') })),
    true,
  );
});

test('sorting keeps the author order for ties and without a sort', () => {
  const rows = [
    row({ verdict: 'no', keys: { name: 'b', provider: 'AWS', category: 'z', verdict: '' } }),
    row({ verdict: 'yes', keys: { name: 'a', provider: 'Google', category: 'z', verdict: '' } }),
    row({ verdict: 'depends', keys: { name: 'C', provider: 'AWS', category: 'y', verdict: '' } }),
  ];
  assert.deepEqual(sortedIndexes(rows, undefined, 'en'), [0, 1, 2]);
  assert.deepEqual(sortedIndexes(rows, { column: 'name', descending: false }, 'en'), [1, 0, 2]);
  assert.deepEqual(sortedIndexes(rows, { column: 'name', descending: true }, 'en'), [2, 0, 1]);
  assert.deepEqual(sortedIndexes(rows, { column: 'verdict', descending: false }, 'en'), [1, 2, 0]);
  assert.deepEqual(sortedIndexes(rows, { column: 'provider', descending: false }, 'en'), [0, 2, 1]);
  assert.deepEqual(sortedIndexes(rows, { column: 'category', descending: false }, 'en'), [2, 0, 1]);
});

test("names sort as the page's language sorts them, whatever the browser's default", () => {
  const rows = ['AWS App Runner', 'Amazon EKS', 'Äpfel'].map((name) =>
    row({ keys: { name, provider: '', category: '', verdict: '' } }),
  );
  // Amazon, Äpfel (ä sorts with a), AWS: not by code points (AWS, Amazon, Äpfel).
  assert.deepEqual(sortedIndexes(rows, { column: 'name', descending: false }, 'en'), [1, 2, 0]);
  assert.deepEqual(sortedIndexes(rows, { column: 'name', descending: false }, 'de'), [1, 2, 0]);
});

test('loading the module builds no collator; the first sort does', async () => {
  // A collator loads ICU's collation data: kept off the table page's start-up path.
  const Collator = Intl.Collator;
  let built = 0;
  Intl.Collator = new Proxy(Collator, {
    construct(target, args) {
      built += 1;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    const fresh = (await import(`../../src/lib/serverless-table.ts?fresh=${Date.now()}`)) as {
      sortedIndexes: typeof sortedIndexes;
    };
    assert.equal(built, 0);
    fresh.sortedIndexes([row({}), row({})], { column: 'name', descending: false }, 'en');
    fresh.sortedIndexes([row({}), row({})], { column: 'name', descending: true }, 'en');
    assert.equal(built, 1);
  } finally {
    Intl.Collator = Collator;
  }
});

test('every verdict, provider and category has a label in every locale', () => {
  for (const locale of LOCALES) {
    const labels = dictionaries[locale] as Record<string, unknown>;
    for (const key of [
      ...VERDICTS.map((verdict) => `table.verdict.${verdict}`),
      ...PROVIDERS.map((provider) => `table.provider.${provider}`),
      ...CATEGORIES.map((category) => `table.category.${category}`),
    ]) {
      assert.ok(labels[key], `${locale}: ${key}`);
    }
  }
});

test('selectRows keeps the order, counts every match and caps what is displayed', () => {
  const rows = ['yes', 'no', 'yes', 'yes', 'depends'].map((verdict) =>
    row({ verdict: verdict as RowFacts['verdict'] }),
  );
  assert.deepEqual(selectRows(rows, { q: '', verdict: 'yes' }, [4, 3, 2, 1, 0]), { indexes: [3, 2, 0], matching: 3 });
  assert.deepEqual(selectRows(rows, { q: '', verdict: 'yes' }, [0, 1, 2, 3, 4], 2), { indexes: [0, 2], matching: 3 });
  assert.deepEqual(selectRows(rows, { q: 'nothing-matches' }, [0, 1, 2, 3, 4]), { indexes: [], matching: 0 });
});

test('numbers in names sort naturally', () => {
  const named = (name: string) => row({ keys: { name, provider: '', category: '', verdict: '' } });
  assert.deepEqual(
    sortedIndexes(
      [named('Service 10'), named('Service 9'), named('service 1')],
      { column: 'name', descending: false },
      'en',
    ),
    [2, 1, 0],
  );
});
