import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rendersAlike, sharedText } from '../../src/data/shared-texts.ts';

test('shared texts: rendered once for all pages that show them, rendered again only after the last took it', async () => {
  let renders = 0;
  const render = async () => `<p>text ${(renders += 1)}</p>`;
  // Two pages ask at the same time (pages render two at a time): one render.
  assert.deepEqual(await Promise.all([sharedText('en/a', 3, render), sharedText('en/a', 3, render)]), [
    '<p>text 1</p>',
    '<p>text 1</p>',
  ]);
  assert.equal(await sharedText('en/a', 3, render), '<p>text 1</p>');
  assert.equal(renders, 1);
  // All three pages have it: nothing is kept, a new build's page renders it again.
  assert.equal(await sharedText('en/a', 1, render), '<p>text 2</p>');
  assert.equal(await sharedText('en/b', 1, render), '<p>text 3</p>');
});

test('shared texts: a body that uses a component renders per page', () => {
  assert.equal(rendersAlike('Text with `code` and <a href="/x">a link</a>.\n\n## Heading {#id}'), true);
  assert.equal(rendersAlike('Before\n\n<ServerlessTable />\n'), false);
});
