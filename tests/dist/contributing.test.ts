/** What the built article pages offer contributors: edit links, translate links, translation freshness. */
import assert from 'node:assert/strict';
import { existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { SITE } from '../../src/site-config.ts';
import { readPage } from '../support/dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const sources = globSync('content/articles/*/*.mdx', { cwd: ROOT });
const slugs = [
  ...new Set(
    sources.map((file) =>
      file
        .split('/')
        .at(-1)!
        .replace(/\.mdx$/, ''),
    ),
  ),
];
const articlePages = slugs.flatMap((slug) =>
  ['en', 'de'].map((locale) => ({ locale, slug, path: `/${locale}/${slug}/` })),
);

for (const { locale, slug, path } of articlePages) {
  test(`${path}: "Edit this page" opens the source it shows; "Translate" only where no translation exists`, () => {
    const links = parse(readPage(path)).querySelectorAll('.contribute a');
    const edit = links[0]?.getAttribute('href') ?? '';
    const prefix = `${SITE.repository}/edit/main/`;
    assert.ok(edit.startsWith(prefix), `edit link ${edit}`);
    const file = edit.slice(prefix.length);
    assert.ok(existsSync(join(ROOT, file)), `${file} exists`);
    const ownVersion = sources.includes(`content/articles/${locale}/${slug}.mdx`);
    assert.equal(file.startsWith(`content/articles/${locale}/`), ownVersion, 'a fallback page edits its original');
    const translate = links.filter((link) =>
      link.getAttribute('href')?.endsWith('CONTRIBUTING.md#translate-an-article'),
    );
    assert.equal(translate.length, ownVersion ? 0 : 1);
  });
}

test('no real translation is outdated (their originalHash matches the original)', () => {
  const notices = articlePages.flatMap(({ path }) =>
    parse(readPage(path))
      .querySelectorAll('[role=note]')
      .filter((note) => /updated after this translation|nach dieser Übersetzung geändert/.test(note.text))
      .map(() => path),
  );
  assert.deepEqual(notices, []);
});
