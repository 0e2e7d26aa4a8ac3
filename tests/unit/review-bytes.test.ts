import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPageBytes } from '../../scripts/lib/review-bytes.ts';
import { BUDGETS } from '../../tests/support/page-weight.ts';

/** Text that gzip cannot shrink much: `bytes` pseudo-random letters. */
function noise(bytes: number): string {
  let seed = 7;
  return Array.from({ length: bytes }, () => {
    seed = (seed * 48271) % 2147483647;
    return String.fromCharCode(97 + (seed % 26));
  }).join('');
}

const page = (style: string, script: string) =>
  `<!DOCTYPE html><html><head><style>${style}</style><script type="module">${script}</script></head>` +
  `<body><main><article><div class="prose"><p>Text.</p></div></article></main></body></html>`;

test('review bytes: each changed page against the budgets of its kind; one over budget is marked', () => {
  const lines = formatPageBytes([
    { path: '/en/small/', html: page('p{color:red}', 'let a = 1;') },
    { path: '/en/heavy/', html: page(`/* ${noise(BUDGETS.css * 2)} */`, 'let a = 1;') },
  ]);
  assert.equal(lines[0], '**Bytes of the changed pages, gzipped (1 over budget)**');
  const small = lines.find((line) => line.startsWith('- `/en/small/`'))!;
  assert.match(small, /CSS \d+ B of 4,096 B, JavaScript \d+ B of 2,048 B, HTML around the text [\d,]+ B of 4,096 B$/);
  const heavy = lines.find((line) => line.startsWith('- `/en/heavy/`'))!;
  assert.match(heavy, /\*\*CSS [\d,]+ B of 4,096 B: over by [\d,]+ B\*\*/);
  assert.deepEqual(formatPageBytes([]), []);
});

test('review bytes: a home counts its whole page; the table page has the larger script budget', () => {
  const [, , home] = formatPageBytes([{ path: '/de/', html: page('', '') }]);
  assert.match(home!, /total \d+ B of 14,336 B/);
  const table = page('', '').replace('<main>', '<main><kb-serverless-table></kb-serverless-table>');
  const [, , line] = formatPageBytes([{ path: '/en/t/', html: table }]);
  assert.match(line!, /JavaScript \d+ B of 3,072 B/);
});
