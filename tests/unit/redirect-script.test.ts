import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { REDIRECT_SCRIPT, redirectScriptData } from '../../src/lib/redirect-script.ts';

/** Runs the script as a browser would on a page at `url`, with its data attributes; returns where it sends the reader. */
function redirect(url: string, to: string, formerIds?: Record<string, string>): string {
  const { hash, search } = new URL(url);
  const attributes = redirectScriptData(to, formerIds);
  const dataset = { to: attributes['data-to'], ids: attributes['data-ids'] };
  let destination = '';
  runInNewContext(REDIRECT_SCRIPT, {
    location: { hash, search, replace: (next: string) => (destination = next) },
    document: { currentScript: { dataset } },
  });
  return destination;
}

test('keeps the #fragment and the query of the link, which no meta refresh or server sees', () => {
  assert.equal(redirect('https://x.example/old/', '/en/new/'), '/en/new/');
  assert.equal(redirect('https://x.example/old/#security', '/en/new/'), '/en/new/#security');
  assert.equal(redirect('https://x.example/old/?verdict=no&q=eks#eks', '/en/new/'), '/en/new/?verdict=no&q=eks#eks');
});

test('maps an old id to its new one, also when the browser percent-encodes it', () => {
  const ids = { Security: 'security', '“Blast-radius”-reduction': 'blast-radius-reduction' };
  assert.equal(redirect('https://x.example/2017/07/09/a/#Security', '/en/a/', ids), '/en/a/#security');
  assert.equal(
    redirect('https://x.example/2017/07/09/a/#%E2%80%9CBlast-radius%E2%80%9D-reduction', '/en/a/', ids),
    '/en/a/#blast-radius-reduction',
  );
  // Only the ids given: nothing inherited from Object.prototype, and a broken escape stays as it is.
  assert.equal(redirect('https://x.example/a/#constructor', '/en/a/', ids), '/en/a/#constructor');
  assert.equal(redirect('https://x.example/a/#%E2%80', '/en/a/', ids), '/en/a/#%E2%80');
});

test("a link without a #fragment takes the target's own", () => {
  assert.equal(redirect('https://x.example/archives/2017/', '/en/#year-2017'), '/en/#year-2017');
  assert.equal(redirect('https://x.example/archives/2017/#x', '/en/#year-2017'), '/en/#x');
});

test('the data attributes: the target always, the ids only where there are some', () => {
  assert.deepEqual(redirectScriptData('/en/'), { 'data-to': '/en/' });
  assert.deepEqual(redirectScriptData('/en/', { A: 'a' }), { 'data-to': '/en/', 'data-ids': '{"A":"a"}' });
});
