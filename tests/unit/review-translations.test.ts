import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyHash, translationStatus, type StatusSource } from '../../src/lib/translation-status.ts';
import { formatNewlyOutdated, newlyOutdated } from '../../scripts/lib/review-translations.ts';

/** An English original and its German translation, made from the original's text `translatedFrom`. */
function sources(originalBody: string, translatedFrom: string): StatusSource[] {
  return [
    {
      id: 'en/topic',
      slug: 'topic',
      locale: 'en',
      file: 'content/articles/en/topic.mdx',
      body: originalBody,
      changed: '2026-12-01',
    },
    {
      id: 'de/topic',
      slug: 'topic',
      locale: 'de',
      file: 'content/articles/de/topic.mdx',
      translationOf: 'en/topic',
      originalHash: bodyHash(translatedFrom),
      body: 'Übersetzt.',
      changed: '2026-12-01',
    },
  ] as StatusSource[];
}

test('review: an original edited under an up-to-date translation makes it outdated, with the hash to record', () => {
  const before = translationStatus(sources('Old text.', 'Old text.'));
  const after = translationStatus(sources('New text.', 'Old text.'));
  const outdated = newlyOutdated(before, after);
  assert.deepEqual(outdated, [
    { slug: 'topic', locale: 'de', file: 'content/articles/de/topic.mdx', hash: bodyHash('New text.') },
  ]);
  const lines = formatNewlyOutdated(outdated, 'https://github.com/o/r');
  assert.equal(lines[0], '**Translations this change makes outdated (1)**');
  assert.ok(
    lines.includes(
      `- \`content/articles/de/topic.mdx\`: its original changed. [Update the translation](https://github.com/o/r/edit/main/content/articles/de/topic.mdx), then set \`originalHash: '${bodyHash('New text.')}'\``,
    ),
    lines.join('\n'),
  );
});

test('review: a translation already outdated before the change, or kept up to date, is not reported', () => {
  const stale = translationStatus(sources('Newer text.', 'Old text.'));
  assert.deepEqual(newlyOutdated(stale, translationStatus(sources('Newest text.', 'Old text.'))), []);
  const fresh = translationStatus(sources('Text.', 'Text.'));
  assert.deepEqual(newlyOutdated(fresh, translationStatus(sources('Edited.', 'Edited.'))), []);
  assert.deepEqual(formatNewlyOutdated([], 'https://github.com/o/r'), []);
});
