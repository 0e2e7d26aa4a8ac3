import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLinkChanges, linkChanges } from '../../scripts/lib/review-links.ts';

const link = (address: string, how: string, source = 'content/articles/en/x.mdx') => ({ address, how, source });

test('review links: added, aliased (on the page and through an old address), retired, served another way', () => {
  const before = [
    link('/en/x/', 'page'),
    link('/en/x/#old', 'section'),
    link('/en/x/#gone', 'section'),
    link('/2020/01/01/x/#Old', 'moved=/en/x/#old'),
    link('/en/y/', 'page'),
    link('/en/z/', 'page'),
  ];
  const after = [
    link('/en/x/', 'page'),
    link('/en/x/#new', 'section'),
    link('/en/x/#old', 'alias=#new'),
    link('/en/x/#gone', 'retired=/en/x/', 'content/retired.yaml'),
    link('/2020/01/01/x/#Old', 'moved=/en/x/#new'),
    link('/en/y/', 'moved=/en/y2/'),
    link('/en/y2/', 'page'),
    link('/en/z/', 'page'),
  ];
  const changes = linkChanges(before, after);
  assert.deepEqual(
    changes.added.map(({ address }) => address),
    ['/en/x/#new', '/en/y2/'],
  );
  assert.deepEqual(
    changes.aliased.map(({ address, now }) => [address, now]),
    [
      ['/en/x/#old', 'alias=#new'],
      ['/2020/01/01/x/#Old', 'moved=/en/x/#new'],
    ],
  );
  assert.deepEqual(
    changes.retired.map(({ address }) => address),
    ['/en/x/#gone'],
  );
  assert.deepEqual(changes.changed, [{ address: '/en/y/', was: 'page', now: 'moved=/en/y2/' }]);
  const lines = formatLinkChanges(changes);
  assert.equal(lines[0], '**Addresses and section links (2 added, 2 aliased, 1 retired, 1 served another way)**');
  assert.ok(lines.includes('- added on `/en/x/`: 1 section link (`#new`)'), lines.join('\n'));
  assert.ok(lines.includes('- added: `/en/y2/`'), lines.join('\n'));
  assert.ok(lines.includes('- aliased: `/en/x/#old` still lands, on `#new`'), lines.join('\n'));
  assert.ok(lines.includes('- aliased: `/2020/01/01/x/#Old` still lands, on `/en/x/#new`'), lines.join('\n'));
  assert.ok(lines.includes('- retired: `/en/x/#gone` (its readers land on `/en/x/`)'), lines.join('\n'));
  assert.ok(lines.includes('- served another way: `/en/y/` was `page`, now `moved=/en/y2/`'), lines.join('\n'));
});

test('review links: a new page is one line, naming its first five section links; no change is one line', () => {
  const sections = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => link(`/en/new/#${id}`, 'section'));
  const lines = formatLinkChanges(linkChanges([], [link('/en/new/', 'page'), ...sections]));
  assert.deepEqual(lines.slice(2, -1), [
    '- added: `/en/new/` and 7 section links (`#a`, `#b`, `#c`, `#d`, `#e`, 2 more)',
  ]);
  assert.deepEqual(formatLinkChanges(linkChanges(sections, sections)), [
    'Addresses and section links: none added, aliased or retired.',
    '',
  ]);
});
