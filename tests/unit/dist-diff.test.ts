import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { distDifferences, normaliseBuiltFile, readDist } from '../../scripts/lib/dist-diff.ts';

function dist(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('compare builds: asset hashes, the search index and the build clock are not differences', () => {
  assert.deepEqual(normaliseBuiltFile('_astro/search.B1x_-9aZ.js', '<script src="/_astro/page.Ab3dEf9h.js">'), {
    path: '_astro/search.[hash].js',
    text: '<script src="/_astro/page.[hash].js">',
  });
  const before = dist({
    'en/index.html': '<link href="/_astro/site.AAAAAAAA.css">',
    '_astro/site.AAAAAAAA.css': 'a{}',
    'pagefind/pagefind-entry.json': '{"one":1}',
    '.well-known/security.txt': 'Contact: x\nExpires: 2027-11-30T08:00:00Z\n',
  });
  const after = dist({
    'en/index.html': '<link href="/_astro/site.BBBBBBBB.css">',
    '_astro/site.BBBBBBBB.css': 'a{}',
    'pagefind/pagefind-entry.json': '{"two":2}',
    '.well-known/security.txt': 'Contact: x\nExpires: 2027-11-30T08:00:09Z\n',
  });
  assert.equal(readDist(after).size, 3, 'the search index is left out, everything else read');
  assert.deepEqual(distDifferences(readDist(before), readDist(after)), []);
});

test('compare builds: a changed page, a missing and an extra file are each reported', () => {
  const before = readDist(dist({ 'en/index.html': '<h1>A</h1>\n<p>same</p>', 'gone.txt': 'x' }));
  const after = readDist(dist({ 'en/index.html': '<h1>B</h1>\n<p>same</p>', 'new.txt': 'y' }));
  assert.deepEqual(distDifferences(before, after), [
    'gone.txt: only before',
    'en/index.html:1:5: differs\n    before "<h1>A</h1>"\n    after  "<h1>B</h1>"',
    'new.txt: only after',
  ]);
});
