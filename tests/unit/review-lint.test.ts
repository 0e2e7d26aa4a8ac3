import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../scripts/lib/content-lint.ts';
import { formatChangedLint } from '../../scripts/lib/review-lint.ts';

const problem = (file: string): Diagnostic => ({
  file,
  line: 12,
  column: 3,
  rule: 'broken-link',
  message: 'no heading "#gone" in /en/other/',
});

test('review: content lint reports only the changed sources, one line when they are clean', () => {
  const diagnostics = [problem('content/articles/en/edited.mdx'), problem('content/articles/en/untouched.mdx')];
  const lines = formatChangedLint(diagnostics, ['content/articles/en/edited.mdx']);
  assert.equal(lines[0], '**Content lint: 1 problem in the 1 changed article source**');
  assert.ok(
    lines.some((line) => line.startsWith('- `content/articles/en/edited.mdx:12:3')),
    lines.join('\n'),
  );
  assert.ok(!lines.some((line) => line.includes('untouched')), lines.join('\n'));
  assert.deepEqual(formatChangedLint(diagnostics, ['content/articles/de/clean.mdx', 'content/articles/en/clean.mdx']), [
    'Content lint: no problem in the 2 changed article sources.',
    '',
  ]);
  assert.deepEqual(formatChangedLint(diagnostics, []), []);
});
