import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  dictionaries,
  fill,
  splitTemplate,
  useTranslations,
  type CountedKey,
  type UiKey,
} from '../../src/i18n/index.ts';
import { isLocale, languageName, LOCALES, otherLocale, type Locale } from '../../src/i18n/locales.ts';
import { plural, type CountVars, type PluralForms } from '../../src/i18n/templates.ts';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
/** The templates of a dictionary entry: the string, or every plural form of a counted one. */
const templates = (entry: string | PluralForms) => (typeof entry === 'string' ? [entry] : Object.values(entry));
const englishKeys = Object.keys(dictionaries.en) as UiKey[];
const countedKeys = englishKeys.filter((key) => typeof dictionaries.en[key] !== 'string');

test('every locale has exactly the keys of the English dictionary', () => {
  const englishKeys = Object.keys(dictionaries.en).sort();
  assert.ok(englishKeys.length > 0, 'the English dictionary has keys');
  for (const locale of LOCALES) {
    assert.deepEqual(Object.keys(dictionaries[locale]).sort(), [...englishKeys].sort(), `keys of ${locale}`);
  }
});

test('no UI string or plural form is empty, and placeholders match across locales and forms', () => {
  for (const key of englishKeys) {
    const expected = placeholders(templates(dictionaries.en[key])[0]!);
    for (const locale of LOCALES) {
      const entry = dictionaries[locale][key];
      assert.equal(
        typeof entry,
        typeof dictionaries.en[key],
        `${locale}:${key} is counted in English only or here only`,
      );
      for (const text of templates(entry)) {
        assert.ok(text.trim().length > 0, `${locale}:${key} has an empty text`);
        assert.deepEqual(placeholders(text), expected, `placeholders of ${locale}:${key}: ${text}`);
      }
    }
  }
});

test('counted strings have exactly the plural categories of their locale, each with {count}', () => {
  assert.ok(countedKeys.length > 0);
  for (const key of countedKeys) {
    for (const locale of LOCALES) {
      const forms = dictionaries[locale][key] as PluralForms;
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      assert.deepEqual(Object.keys(forms).sort(), [...categories].sort(), `plural forms of ${locale}:${key}`);
      for (const text of Object.values(forms)) assert.match(text, /\{count\}/, `${locale}:${key}: ${text}`);
    }
  }
});

// What a reader should see for none, one and many, in both languages.
const countedCases: [Locale, CountedKey, CountVars, string][] = [
  ['en', 'search.results', { count: 0, query: 'gtid' }, '0 results for “gtid”'],
  ['en', 'search.results', { count: 1, query: 'gtid' }, '1 result for “gtid”'],
  ['en', 'search.results', { count: 5, query: 'gtid' }, '5 results for “gtid”'],
  ['de', 'search.results', { count: 0, query: 'Größe' }, '0 Treffer für „Größe“'],
  ['de', 'search.results', { count: 1, query: 'Größe' }, '1 Treffer für „Größe“'],
  ['de', 'search.results', { count: 5, query: 'Größe' }, '5 Treffer für „Größe“'],
  ['en', 'table.count', { shown: 0, count: 0 }, '0 of 0 services'],
  ['en', 'table.count', { shown: 1, count: 1 }, '1 of 1 service'],
  ['en', 'table.count', { shown: 1, count: 17 }, '1 of 17 services'],
  ['de', 'table.count', { shown: 0, count: 0 }, '0 von 0 Diensten'],
  ['de', 'table.count', { shown: 1, count: 1 }, '1 von 1 Dienst'],
  ['de', 'table.count', { shown: 1, count: 17 }, '1 von 17 Diensten'],
  ['en', 'table.caption', { count: 0 }, 'Is it serverless? 0 cloud services and use cases'],
  ['en', 'table.caption', { count: 1 }, 'Is it serverless? 1 cloud service and use case'],
  ['en', 'table.caption', { count: 17 }, 'Is it serverless? 17 cloud services and use cases'],
  ['de', 'table.caption', { count: 0 }, 'Ist es serverless? 0 Cloud-Dienste und Anwendungsfälle'],
  ['de', 'table.caption', { count: 1 }, 'Ist es serverless? 1 Cloud-Dienst und Anwendungsfall'],
  ['de', 'table.caption', { count: 17 }, 'Ist es serverless? 17 Cloud-Dienste und Anwendungsfälle'],
  ['en', 'article.readingTime', { count: 0 }, '0 min read'],
  ['en', 'article.readingTime', { count: 1 }, '1 min read'],
  ['en', 'article.readingTime', { count: 12 }, '12 min read'],
  ['de', 'article.readingTime', { count: 0 }, '0 Min. Lesezeit'],
  ['de', 'article.readingTime', { count: 1 }, '1 Min. Lesezeit'],
  ['de', 'article.readingTime', { count: 12 }, '12 Min. Lesezeit'],
  ['en', 'tags.count', { count: 0 }, '0 articles'],
  ['en', 'tags.count', { count: 1 }, '1 article'],
  ['en', 'tags.count', { count: 3 }, '3 articles'],
  ['de', 'tags.count', { count: 0 }, '0 Artikel'],
  ['de', 'tags.count', { count: 1 }, '1 Artikel'],
  ['de', 'tags.count', { count: 3 }, '3 Artikel'],
];

for (const [locale, key, vars, expected] of countedCases) {
  test(`${locale}:${key} with count ${vars.count} reads “${expected}”`, () => {
    assert.equal(useTranslations(locale)(key, vars), expected);
  });
}

test('every counted string is tested above with 0, 1 and many in every locale', () => {
  for (const key of countedKeys) {
    for (const locale of LOCALES) {
      const counts = countedCases.filter((each) => each[0] === locale && each[1] === key).map((each) => each[2].count);
      assert.ok(counts.includes(0) && counts.includes(1) && counts.some((count) => count > 1), `${locale}:${key}`);
    }
  }
});

test('plural picks the form by the locale and falls back to other where a form is missing', () => {
  const forms = { one: '{count} result', other: '{count} results' };
  assert.equal(plural('en', forms, { count: 1 }), '1 result');
  assert.equal(plural('en', forms, { count: 2 }), '2 results');
  assert.equal(plural('en', { other: '{count} results' }, { count: 1 }), '1 results');
});

test('plural creates one Intl.PluralRules per locale, not one per call', (context) => {
  const constructor = context.mock.method(Intl, 'PluralRules');
  const forms = { one: '{count} résultat', other: '{count} résultats' };
  assert.deepEqual(
    [0, 1, 2].map((count) => plural('fr', forms, { count })),
    ['0 résultat', '1 résultat', '2 résultats'],
  );
  assert.equal(constructor.mock.callCount(), 1);
});

test('fill replaces known placeholders and leaves unknown ones visible', () => {
  assert.equal(fill('{minutes} min read', { minutes: 4 }), '4 min read');
  assert.equal(fill('{a} and {b}', { a: 1 }), '1 and {b}');
});

test('useTranslations picks the locale dictionary', () => {
  assert.equal(useTranslations('de')('nav.contact'), 'Kontakt');
  assert.equal(useTranslations('de')('search.results', { count: 2, query: 'x' }), '2 Treffer für „x“');
});

test('splitTemplate separates text and slots', () => {
  assert.deepEqual(splitTemplate('You can {hire} or {donate}!'), [
    'You can ',
    { slot: 'hire' },
    ' or ',
    { slot: 'donate' },
    '!',
  ]);
  assert.deepEqual(splitTemplate('plain'), ['plain']);
});

test('locale helpers', () => {
  assert.equal(isLocale('de'), true);
  assert.equal(isLocale('fr'), false);
  assert.equal(otherLocale('en'), 'de');
  assert.equal(otherLocale('de'), 'en');
  assert.equal(languageName('de', 'en'), 'German');
  assert.equal(languageName('en', 'de'), 'Englisch');
});
