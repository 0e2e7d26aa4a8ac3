import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionaries, fill, splitTemplate, useTranslations } from '../../src/i18n/index.ts';
import { isLocale, languageName, LOCALES, otherLocale } from '../../src/i18n/locales.ts';

test('every locale has exactly the keys of the English dictionary', () => {
  const englishKeys = Object.keys(dictionaries.en).sort();
  assert.ok(englishKeys.length > 0, 'the English dictionary has keys');
  for (const locale of LOCALES) {
    assert.deepEqual(Object.keys(dictionaries[locale]).sort(), englishKeys, `keys of ${locale}`);
  }
});

test('no UI string is empty, and placeholders match across locales', () => {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
  for (const [key, english] of Object.entries(dictionaries.en)) {
    for (const locale of LOCALES) {
      const text = dictionaries[locale][key as keyof typeof dictionaries.en];
      assert.ok(text.trim().length > 0, `${locale}:${key} is empty`);
      assert.deepEqual(placeholders(text), placeholders(english), `placeholders of ${locale}:${key}`);
    }
  }
});

test('fill replaces known placeholders and leaves unknown ones visible', () => {
  assert.equal(fill('{minutes} min read', { minutes: 4 }), '4 min read');
  assert.equal(fill('{a} and {b}', { a: 1 }), '1 and {b}');
});

test('useTranslations picks the locale dictionary', () => {
  assert.equal(useTranslations('de')('nav.contact'), 'Kontakt');
  assert.equal(useTranslations('en')('article.readingTime', { minutes: 3 }), '3 min read');
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
