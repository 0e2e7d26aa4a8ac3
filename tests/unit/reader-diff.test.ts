import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatReaderDiff,
  pagePath,
  pagesToLookAt,
  readerDiff,
  readerPage,
  wordChanges,
} from '../../scripts/lib/reader-diff.ts';

/** A built page: the chrome around <main> is what every page shares and readers do not count. */
const page = (title: string, text: string, head = '') =>
  `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><header>Site · Articles</header>` +
  `<main><h1>${title}</h1><p>${text}</p><script>let x = 1;</script></main><footer>© 2026</footer></body></html>`;

test('reader diff: a page is a built HTML file of a locale (or the 404 page), at its address', () => {
  assert.equal(pagePath('en/aurora-xtrabackup/index.html'), '/en/aurora-xtrabackup/');
  assert.equal(pagePath('de/index.html'), '/de/');
  assert.equal(pagePath('404.html'), '/404.html');
  assert.deepEqual(readerPage('en/x/index.html', page('X', 'One two.')), {
    path: '/en/x/',
    title: 'X',
    words: ['X', 'One', 'two.'],
  });
  assert.ok(readerPage('404.html', page('Not found', 'Gone.')));
  // Not pages of their own: data files, redirects, old addresses that show a locale's page again.
  assert.equal(readerPage('en/serverless-services.json', '{}'), undefined);
  assert.equal(readerPage('en/x.md', '# X'), undefined);
  assert.equal(
    readerPage('en/old/index.html', page('Moved', 'Moved.', '<meta http-equiv="refresh" content="0;url=/en/x/">')),
    undefined,
  );
  assert.equal(readerPage('2022/09/21/x/index.html', page('X', 'One two.')), undefined);
});

test('reader diff: words are counted as a multiset (replaced: one added, one removed; moved: none)', () => {
  assert.deepEqual(wordChanges(['a', 'b', 'b'], ['b', 'c']), { added: 1, removed: 2 });
  assert.deepEqual(wordChanges(['teh', 'cat'], ['the', 'cat']), { added: 1, removed: 1 });
  assert.deepEqual(wordChanges(['a', 'b'], ['b', 'a']), { added: 0, removed: 0 });
  assert.deepEqual(wordChanges([], ['new', 'words']), { added: 2, removed: 0 });
});

test('reader diff: pages added, removed and changed in both locales; chrome and scripts are not text', () => {
  const before = new Map([
    ['en/a/index.html', page('A', 'The cat sat on teh mat.')],
    ['de/a/index.html', page('A (de)', 'Die Katze saß.')],
    ['en/gone/index.html', page('Gone', 'Old text.')],
    ['en/same/index.html', page('Same', 'Nothing new.')],
    ['en/a.md', '# A'],
  ]);
  const after = new Map([
    ['en/a/index.html', page('A', 'The cat sat on the mat.')],
    ['de/a/index.html', page('A (de)', 'Die Katze saß auf der Matte.')],
    ['en/new/index.html', page('New', 'Four words are here.')],
    // Only the footer and a script differ: readers see the same page.
    ['en/same/index.html', page('Same', 'Nothing new.').replace('© 2026', '© 2027').replace('x = 1', 'x = 2')],
    ['en/a.md', '# A, edited'],
  ]);
  const diff = readerDiff(before, after);
  assert.deepEqual(
    diff.changed.map(({ path, added, removed }) => ({ path, added, removed })),
    [
      { path: '/en/a/', added: 1, removed: 1 },
      { path: '/de/a/', added: 4, removed: 1 }, // "saß." became "saß", "auf", "der", "Matte."
    ],
  );
  assert.deepEqual(
    diff.added.map(({ path, title }) => ({ path, title })),
    [{ path: '/en/new/', title: 'New' }],
  );
  assert.deepEqual(
    diff.removed.map(({ path }) => path),
    ['/en/gone/'],
  );
  assert.equal(diff.unchanged, 1);

  const lines = formatReaderDiff(diff);
  assert.ok(lines.includes('**Pages changed (2)**'), lines.join('\n'));
  assert.ok(lines.includes('- A `/en/a/`: 1 word added, 1 word removed'), lines.join('\n'));
  assert.ok(lines.includes('- New `/en/new/`: 5 words'), lines.join('\n'));
  assert.ok(lines.includes('- Gone `/en/gone/`'), lines.join('\n'));
  assert.equal(lines.at(-1), '1 other page reads the same.');
});

test('reader diff: identical builds say so in one line', () => {
  const files = new Map([
    ['en/a/index.html', page('A', 'Text.')],
    ['de/a/index.html', page('A', 'Text.')],
  ]);
  assert.deepEqual(formatReaderDiff(readerDiff(files, new Map(files))), [
    'Readers see no difference: all 2 pages read the same.',
  ]);
});

test('reader diff: new pages first, then the pages that changed most', () => {
  const before = new Map([
    ['en/index.html', page('Home', 'Articles: A')],
    ['en/a/index.html', page('A', 'One two three.')],
  ]);
  const after = new Map([
    ['en/index.html', page('Home', 'Articles: A, B')],
    ['en/a/index.html', page('A', 'Four five six seven.')],
    ['en/b/index.html', page('B', 'New.')],
  ]);
  assert.deepEqual(pagesToLookAt(readerDiff(before, after)), ['/en/b/', '/en/a/', '/en/']);
});
