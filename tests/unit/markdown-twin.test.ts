import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdown, gfmTable, markdownTwin, richTextMarkdown } from '../../src/lib/markdown-twin.ts';

const twin = (body: string, components: Record<string, string> = {}) =>
  markdownTwin({ title: 'Title', meta: 'Meta line', body, origin: 'https://example.org', components });

test('a twin starts with the title as the only # heading and the meta line', () => {
  assert.equal(twin('Text.'), '# Title\n\nMeta line\n\nText.\n');
});

test('MDX comments are removed, on one line or several, and leave no run of empty lines', () => {
  assert.equal(twin('One.\n{/* x */}\n\nTwo.'), '# Title\n\nMeta line\n\nOne.\n\nTwo.\n');
  assert.equal(
    twin('One.\n\n{/* a note */}\n\nTwo {/* inline */}end.\n\n{/* a\nlonger\nnote */}'),
    '# Title\n\nMeta line\n\nOne.\n\nTwo end.\n',
  );
});

test('a heading id becomes an empty anchor ending its line; {#id} elsewhere and in code stays', () => {
  assert.match(
    twin('## Why it matters {#why-it-matters}\n\nText.'),
    /^## Why it matters <a id="why-it-matters"><\/a>$/m,
  );
  assert.match(twin('> ### Quoted {#quoted .wide}'), /^> ### Quoted <a id="quoted"><\/a>$/m);
  assert.match(twin('Underlined {#under}\n---'), /^Underlined <a id="under"><\/a>\n---$/m);
  assert.match(twin('## Classes only {.wide}'), /^## Classes only$/m);
  assert.match(twin('## Odd {#a"b&c}'), /^## Odd <a id="a&quot;b&amp;c"><\/a>$/m);
  assert.match(twin('A sentence {#not-a-heading}'), /^A sentence \{#not-a-heading\}$/m);
  const code = '```md\n## In code {#kept}\n```';
  assert.ok(twin(code).includes(code));
});

test('site-relative links and reference definitions become absolute; others stay', () => {
  const out = twin(
    'See [a](/en/a/), [b](/de/b/#x), [c](https://other.example/), [d](#local), [e](//cdn.example/x).\n\n[ref]: /en/ref/',
  );
  assert.match(out, /\[a\]\(https:\/\/example\.org\/en\/a\/\)/);
  assert.match(out, /\[b\]\(https:\/\/example\.org\/de\/b\/#x\)/);
  assert.match(out, /\[c\]\(https:\/\/other\.example\/\)/);
  assert.match(out, /\[d\]\(#local\)/);
  assert.match(out, /\[e\]\(\/\/cdn\.example\/x\)/);
  assert.match(out, /^\[ref\]: https:\/\/example\.org\/en\/ref\/$/m);
});

test('code blocks and code spans are kept exactly, comments and links in them too', () => {
  const code = '```js\nconst x = {/* not a comment */};\n// [x](/en/x/)\n```';
  assert.ok(twin(`Before.\n\n${code}\n\nAfter \`{/* kept */}\` and \`[y](/y/)\`.`).includes(code));
  assert.match(twin('`{/* kept */}` and ``[y](/y/)``'), /`\{\/\* kept \*\/\}` and ``\[y\]\(\/y\/\)``/);
  // A longer fence is only closed by one at least as long: the ``` line inside is code.
  const nested = '````md\n```\n{/* in code */}\n```\n````';
  assert.ok(twin(`${nested}\n\n{/* gone */}`).includes(nested));
  assert.doesNotMatch(twin(`${nested}\n\n{/* gone */}`), /gone/);
  // Inside a fence nothing is rewritten: no component, comment, link or run of empty lines.
  const tilde = '~~~mdx\n<Table />\n{/* shown */}\n\n\n\n[a](/en/a/)\n~~~';
  assert.ok(twin(`${tilde}\n\n<Table />`, { Table: 'TABLE' }).includes(`${tilde}\n\nTABLE`));
});

test('a component on its own line is replaced by its Markdown; one without a Markdown form fails', () => {
  assert.equal(
    twin('Intro:\n\n<Table />\n\nAfter.', { Table: '| a |\n| --- |' }),
    '# Title\n\nMeta line\n\nIntro:\n\n| a |\n| --- |\n\nAfter.\n',
  );
  assert.throws(() => twin('<Unknown />'), /no Markdown form for <Unknown \/>/);
});

test('table cells: syntax characters are escaped, reasons keep links and number their list items', () => {
  assert.equal(
    escapeMarkdown('a|b *c* <d> [e] _f_ \\ `g` &h'),
    'a\\|b \\*c\\* \\<d\\> \\[e\\] \\_f\\_ \\\\ \\`g\\` \\&h',
  );
  assert.equal(
    richTextMarkdown('It depends on:\n1. the [fee](https://x.example/a|b)\n2. scale | zero'),
    'It depends on: 1. the [fee](https://x.example/a%7Cb) 2. scale \\| zero',
  );
  assert.equal(gfmTable(['A', 'B'], [['1', '2']]), '| A | B |\n| --- | --- |\n| 1 | 2 |');
});
