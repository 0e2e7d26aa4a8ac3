import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentNavEntry } from '../../src/lib/site-navigation.ts';
import {
  articlePath,
  archivePath,
  contactPath,
  homePath,
  searchPath,
  tagPath,
  translationsPath,
} from '../../src/lib/urls.ts';

test('the header marks the entry of the page itself as the page, and its section as current', () => {
  assert.deepEqual(currentNavEntry(homePath('de'), 'de'), { entry: 'articles', current: 'page' });
  assert.deepEqual(currentNavEntry(contactPath('en'), 'en'), { entry: 'contact', current: 'page' });
  assert.deepEqual(currentNavEntry('/en/contact', 'en'), { entry: 'contact', current: 'page' });
  for (const path of [articlePath('en', 'aurora-xtrabackup'), tagPath('en', 'aws', 2), archivePath('en', '2017/')])
    assert.deepEqual(currentNavEntry(path, 'en'), { entry: 'articles', current: 'true' }, path);
});

test('the search, the translation status and pages outside the locale belong to no entry', () => {
  for (const path of [searchPath('en'), translationsPath('en', 2), '/404.html', homePath('de')])
    assert.equal(currentNavEntry(path, 'en'), undefined, path);
});
