import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeFeedItems } from '../../src/integrations/feeds.ts';

test('a locale feed lists the newest 20 articles of its locale, newest first', () => {
  // 25 English articles, one a day from 1 January 2024, oldest first; 3 German ones, newer than all of them.
  const article = (locale: 'en' | 'de', day: number) => ({
    locale,
    url: `https://ruempler.eu/${locale}/article-${day}/`,
    published: new Date(Date.UTC(2024, 0, day)),
  });
  const english = Array.from({ length: 25 }, (_, index) => article('en', index + 1));
  const german = [26, 27, 28].map((day) => article('de', day));
  const items = localeFeedItems([...german, ...english], 'en');
  assert.equal(items.length, 20);
  assert.deepEqual(items, english.slice(5).reverse(), 'days 25 to 6');
  assert.deepEqual(localeFeedItems([...english, ...german], 'de'), german.reverse(), 'fewer than 20: all of them');
});
