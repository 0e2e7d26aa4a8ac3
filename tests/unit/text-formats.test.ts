import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from '../../src/lib/csv.ts';
import { checkRowIds } from '../../src/lib/data-rows.ts';
import { linkTargets, parseInlines, parseRichText, plainText } from '../../src/lib/rich-text.ts';

test('inline links', () => {
  assert.deepEqual(parseInlines('Can [scale to zero](https://x.example/a#b).'), [
    'Can ',
    { text: 'scale to zero', href: 'https://x.example/a#b' },
    '.',
  ]);
  assert.deepEqual(parseInlines('[not a link](javascript:alert(1))'), ['[not a link](javascript:alert(1))']);
});

test('a numbered list after an introducing line', () => {
  assert.deepEqual(parseRichText('Depends:\n1. one\n2. [two](https://t.example)'), [
    { paragraph: ['Depends:'] },
    { list: [['one'], [{ text: 'two', href: 'https://t.example' }]] },
  ]);
  assert.equal(plainText('Depends:\n1. one\n2. [two](https://t.example)'), 'Depends: 1. one 2. two');
  assert.deepEqual(linkTargets('[a](https://a.example) and\n1. [b](https://b.example)'), [
    'https://a.example',
    'https://b.example',
  ]);
});

test('CSV quoting', () => {
  assert.equal(
    toCsv([
      ['a', 'b,c'],
      ['say "hi"', 'line\nbreak'],
    ]),
    'a,"b,c"\r\n"say ""hi""","line\nbreak"\r\n',
  );
});

test('row ids: present, kebab-case, unique', () => {
  assert.deepEqual(checkRowIds([{ id: 'a' }, { id: 'b' }], 'f.yaml').errors, []);
  assert.deepEqual(checkRowIds({ id: 'a' }, 'f.yaml').errors, [
    'f.yaml: expected a list of rows (YAML "- id: …" items)',
  ]);
  assert.deepEqual(checkRowIds([{ id: 'a' }, { name: 'x' }, { id: 'A b' }, { id: 'a' }, 'text'], 'f.yaml').errors, [
    'f.yaml: row 2: field "id" must be a lowercase kebab-case string (missing)',
    'f.yaml: row 3: field "id" must be a lowercase kebab-case string, got "A b"',
    'f.yaml: row 4 (id "a"): field "id" duplicates an earlier row; ids must be unique',
    'f.yaml: row 5: expected an object with id, name, …',
  ]);
});
