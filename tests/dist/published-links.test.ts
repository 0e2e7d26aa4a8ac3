/**
 * The committed record of published links (published-links.txt) against the build: CI fails when
 * the record is out of date, like a lockfile, and every recorded section link is on its page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { parseRecord, RECORD_FILE, splitAddress } from '../../src/lib/published-links.ts';
import { readPage } from '../support/dist.ts';
import { ROOT } from '../support/site-copy.ts';

const committed = readFileSync(join(ROOT, RECORD_FILE), 'utf8');
// What the build would record: it writes it beside its cache (src/integrations/published-links.ts).
const built = readFileSync(join(ROOT, 'node_modules', '.astro', RECORD_FILE), 'utf8');

test('the committed record is the one this build makes (else: npm run links:record, and commit it)', () => {
  const lines = (text: string) => new Set(text.split('\n').filter((line) => line && !line.startsWith('#')));
  const [was, now] = [lines(committed), lines(built)];
  const changes = [
    ...[...now].filter((line) => !was.has(line)).map((line) => `+ ${line}`),
    ...[...was].filter((line) => !now.has(line)).map((line) => `- ${line}`),
  ];
  assert.deepEqual(changes, [], `${RECORD_FILE} is out of date: run \`npm run links:record\` and commit it`);
  assert.equal(committed, built, `${RECORD_FILE}: the same lines, in the order the build writes them`);
});

test('every recorded section link, row and old id of an article page is an id on that page, where the record says', () => {
  const links = parseRecord(committed).filter(({ how }) => /^(section|row|alias=)/.test(how));
  assert.ok(links.length > 100, `${links.length} section links`);
  const pages = new Map<string, ReturnType<typeof parse>>();
  for (const { address, how } of links) {
    const [path, id] = splitAddress(address);
    if (!pages.has(path)) pages.set(path, parse(readPage(path)));
    const element = pages.get(path)!.getElementById(id!);
    assert.ok(element, `${address}: no element with that id`);
    if (how === 'section') assert.match(element.tagName, /^H[2-6]$/, address);
    if (how === 'row') assert.equal(element.tagName, 'TR', address);
    // An old id is the first thing inside its heading or row (its first cell), so links to it land there.
    if (how.startsWith('alias=#')) assert.equal(element.closest('h2, h3, h4, h5, h6, tr')?.id, how.slice(7), address);
  }
});
