import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CODE_THEMES, codeColorsCss, loadTheme, styleToClasses } from '../../src/markdown/code-colors.ts';

test('Shiki token styles become classes; unknown declarations keep the style', () => {
  assert.deepEqual(styleToClasses('--shiki-light:#0E1116;--shiki-dark:#F0F3F6'), ['sl-0e1116', 'sd-f0f3f6']);
  assert.deepEqual(
    styleToClasses(
      '--shiki-light:#024c1a;--shiki-dark:#72f088;--shiki-light-font-style:italic;--shiki-dark-font-style:italic',
    ),
    ['sl-024c1a', 'sd-72f088', 'fs-italic'],
  );
  assert.deepEqual(
    styleToClasses(
      '--shiki-light:#0e1116;--shiki-dark:#f0f3f6;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0a0c10; overflow-x: auto;',
    ),
    ['sl-0e1116', 'sd-f0f3f6'],
  );
  assert.equal(styleToClasses('color:red'), null);
});

test('src/styles/code-colors.css is up to date with the themes (else: npm run gen:code-colors)', async () => {
  const expected = codeColorsCss(await loadTheme(CODE_THEMES.light), await loadTheme(CODE_THEMES.dark));
  assert.equal(readFileSync('src/styles/code-colors.css', 'utf8'), expected);
});
