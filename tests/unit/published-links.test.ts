import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  droppedMessage,
  formatRecord,
  isPublishedPath,
  linkTargets,
  pageIds,
  parseRecord,
  reconcileRecord,
  redirectOf,
  resolveAddress,
  retiredErrors,
  type ServedAddress,
} from '../../src/lib/published-links.ts';
import { SERVICES_FILE } from '../../src/lib/serverless-table.ts';

const ARTICLE = 'content/articles/en/topic.mdx';

/** An article page as the build writes it: chrome ids, the text with headings, a row and old ids, a footer. */
const articleHtml = `<html><body><main id="main"><nav><h2 id="toc-title">Contents</h2></nav>
<div class="prose"><h2 id="intro"><span id="Intro" class="former-id"></span><span id="Old-intro" class="former-id"></span>Intro<a class="heading-anchor" href="#intro"></a></h2>
<table><tr id="eks" data-x="1"><th scope="row"><span id="amazon-eks" class="former-id"></span>EKS</th></tr></table>
<h4 id="deep">Deep</h4><h2 id="footnote-label" class="sr-only">Footnotes</h2><li id="user-content-fn-1">x</li></div>
<footer class="article-footer chrome"><h2 id="related">Related</h2></footer></main></body></html>`;

const page = (overrides: Partial<ServedAddress> = {}): ServedAddress => ({
  kind: 'page',
  source: ARTICLE,
  ids: pageIds(articleHtml),
  targets: linkTargets(articleHtml),
  ...overrides,
});

test('linkTargets: headings and rows of the article text with their old ids; not the chrome or footnotes', () => {
  assert.deepEqual(linkTargets(articleHtml), [
    { id: 'intro', element: 'heading' },
    { id: 'Intro', element: 'heading', formerIdOf: 'intro' },
    { id: 'Old-intro', element: 'heading', formerIdOf: 'intro' },
    { id: 'eks', element: 'row' },
    { id: 'amazon-eks', element: 'row', formerIdOf: 'eks' },
    { id: 'deep', element: 'heading' },
  ]);
  assert.deepEqual(linkTargets('<main><h2 id="x">No article text</h2></main>'), []);
});

test('pageIds and redirectOf read what the build wrote, entities decoded', () => {
  assert.ok(pageIds(articleHtml).has('toc-title') && pageIds(articleHtml).has('Intro'));
  assert.deepEqual(
    redirectOf('<head><script data-to="/en/new/#a" data-ids="{&quot;“Old”-id&quot;:&quot;new-id&quot;}">x</script>'),
    { to: '/en/new/#a', formerIds: { '“Old”-id': 'new-id' } },
  );
  assert.deepEqual(redirectOf('<script data-to="/en/">x</script>'), { to: '/en/', formerIds: {} });
  assert.equal(redirectOf('<script>x</script>'), undefined);
});

test('isPublishedPath: addresses and the first page of lists, not later list pages, hashed assets, the search index, host configuration or the 404 page', () => {
  for (const path of [
    '/en/',
    '/atom.xml',
    '/en/topic.md',
    '/.well-known/security.txt',
    '/de/tags/aws/',
    '/en/archive/2017/04/',
    '/en/2/',
    '/en/tags/2/',
  ])
    assert.ok(isPublishedPath(path), path);
  for (const path of ['/_astro/x.css', '/pagefind/pagefind.js', '/_headers', '/_redirects/', '/404.html', '/404/'])
    assert.ok(!isPublishedPath(path), path);
  for (const path of ['/de/tags/aws/2/', '/en/translations/3/', '/en/archive/2017/04/2/'])
    assert.ok(!isPublishedPath(path), path);
});

test('resolveAddress: pages, files, sections, rows and old ids; redirects and moved pages follow their target', () => {
  const served = new Map<string, ServedAddress>([
    ['/en/topic/', page({ original: 'content/articles/de/thema.mdx' })],
    ['/en/feed.xml', { kind: 'file', source: 'src/integrations/feeds.ts', ids: new Set(), targets: [] }],
    [
      '/old/',
      {
        kind: 'redirect',
        source: 'content/retired.yaml',
        to: '/en/topic/',
        formerIds: {},
        ids: new Set(),
        targets: [],
      },
    ],
    ['/2020/01/01/topic/', page({ kind: 'moved', to: '/en/topic/', formerIds: { Intro: 'intro' }, targets: [] })],
  ]);
  const retired = new Map([['/old/#gone', '/en/topic/']]);
  const how = (address: string) => resolveAddress(address, served, retired);
  assert.deepEqual(how('/en/topic/'), { how: 'page', source: ARTICLE });
  assert.deepEqual(how('/en/feed.xml'), { how: 'file', source: 'src/integrations/feeds.ts' });
  assert.deepEqual(how('/en/topic/#intro'), { how: 'section', source: ARTICLE });
  // Old heading ids are declared in the original; rows come from the table data.
  assert.deepEqual(how('/en/topic/#Intro'), { how: 'alias=#intro', source: 'content/articles/de/thema.mdx' });
  assert.deepEqual(how('/en/topic/#eks'), { how: 'row', source: SERVICES_FILE });
  assert.deepEqual(how('/en/topic/#amazon-eks'), { how: 'alias=#eks', source: SERVICES_FILE });
  assert.deepEqual(how('/en/topic/#main'), { how: 'id', source: ARTICLE });
  assert.equal(how('/en/topic/#nothing'), undefined);
  assert.equal(how('/en/gone/'), undefined);
  assert.equal(how('/en/feed.xml#x'), undefined);
  assert.deepEqual(how('/old/'), { how: 'redirect=/en/topic/', source: 'content/retired.yaml' });
  assert.deepEqual(how('/old/#deep'), { how: 'redirect=/en/topic/#deep', source: 'content/retired.yaml' });
  assert.deepEqual(how('/old/#gone'), { how: 'retired=/en/topic/', source: 'content/retired.yaml' });
  assert.equal(how('/old/#nothing'), undefined);
  // A moved page maps the old id for readers with JavaScript and must land without it too.
  assert.deepEqual(how('/2020/01/01/topic/#Intro'), { how: 'moved=/en/topic/#intro', source: ARTICLE });
  const movedWithoutOldId = new Map(served).set('/2020/01/01/topic/', {
    ...served.get('/2020/01/01/topic/')!,
    ids: new Set(['intro']),
  });
  assert.equal(resolveAddress('/2020/01/01/topic/#Intro', movedWithoutOldId, retired), undefined);
});

test('reconcileRecord keeps every recorded address it still serves, adds the new ones, and reports the dropped', () => {
  const served = new Map([['/en/topic/', page()]]);
  const recorded = [
    { address: '/en/topic/', how: 'page', source: 'somewhere/else.mdx' },
    { address: '/en/topic/#Old-intro', how: 'seed', source: ARTICLE },
    { address: '/en/topic/#removed', how: 'section', source: ARTICLE },
  ];
  const { links, added, dropped } = reconcileRecord(recorded, served, new Map());
  assert.deepEqual(dropped, [recorded[2]]);
  assert.deepEqual(
    added.map(({ address }) => address),
    ['/en/topic/#Intro', '/en/topic/#amazon-eks', '/en/topic/#deep', '/en/topic/#eks', '/en/topic/#intro'],
  );
  // Recorded lines are rewritten as served now; the record is sorted and holds no dropped address.
  assert.equal(links[0]!.source, ARTICLE);
  assert.deepEqual(
    links.map(({ address }) => address),
    links.map(({ address }) => address).sort(),
  );
  assert.ok(links.some(({ address }) => address === '/en/topic/#Old-intro'));
  assert.ok(!links.some(({ address }) => address === '/en/topic/#removed'));
});

test('the record reads back what it writes: per source file, a section link under its page; a malformed line names the file and line', () => {
  const links = [
    { address: '/en/topic/#intro', how: 'section', source: ARTICLE },
    { address: '/en/topic/', how: 'page', source: ARTICLE },
    { address: '/en/topic/#more', how: 'retired=/en/topic/', source: 'content/retired.yaml' },
    { address: '/de/topic/#intro', how: 'section', source: ARTICLE },
    { address: '/en/topic.md', how: 'file', source: ARTICLE },
  ];
  const text = formatRecord(links);
  assert.match(text, /^# /);
  assert.equal(
    text.replace(/^#.*\n/gm, ''),
    [
      ARTICLE,
      '/de/topic/#intro section',
      '/en/topic.md file',
      '/en/topic/ page',
      '  #intro section',
      'content/retired.yaml',
      '/en/topic/#more retired=/en/topic/',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    parseRecord(text).map(({ address }) => address),
    ['/de/topic/#intro', '/en/topic.md', '/en/topic/', '/en/topic/#intro', '/en/topic/#more'],
  );
  assert.deepEqual(
    new Set(parseRecord(text).map((link) => JSON.stringify(link))),
    new Set(links.map((link) => JSON.stringify(link))),
  );
  assert.throws(() => parseRecord('# header\n/en/ page\n'), {
    message: /published-links.txt:2: expected "<address> <how>" under its source file's name/,
  });
  assert.throws(() => parseRecord(`# header\n${ARTICLE}\n  #intro section\n`), {
    message: /published-links.txt:3: expected " {2}#<id> <how>" under its page's line/,
  });
  assert.throws(() => parseRecord(`# header\n${ARTICLE} page\n`), {
    message: /published-links.txt:2: expected a source file's name/,
  });
});

test('retiredErrors: an address cannot be retired and served, a section link lands on its own page, readers go somewhere', () => {
  const served = new Map<string, ServedAddress>([
    ['/en/topic/', page()],
    ['/gone/', { kind: 'redirect', source: 'content/retired.yaml', to: '/en/', ids: new Set(), targets: [] }],
    ['/en/', page({ targets: [], ids: new Set(['year-2017']), source: 'src/pages/[locale]/index.astro' })],
  ]);
  assert.deepEqual(
    retiredErrors(
      new Map([
        ['/gone/', '/en/'],
        ['/en/topic/#removed', '/en/topic/'],
        ['/en/#x', '/en/'],
      ]),
      served,
    ),
    [],
  );
  const errors = retiredErrors(
    new Map([
      ['/en/topic/', '/en/'],
      ['/en/topic/#intro', '/en/topic/'],
      ['/en/topic/#removed', '/en/'],
      ['/gone/', '/en/missing/'],
      ['/gone/#x', '/en/#year-1999'],
    ]),
    served,
  );
  assert.deepEqual(errors, [
    `content/retired.yaml: "/en/topic/" is retired, but ${ARTICLE} still serves it; an address cannot be both`,
    `content/retired.yaml: "/en/topic/#intro" is retired, but ${ARTICLE} still has the section link; an address cannot be both`,
    'content/retired.yaml: "/en/topic/#removed": a section link lands on its own page; write /en/topic/ as where its readers go',
    'content/retired.yaml: "/gone/": where its readers go, "/en/missing/", is no address of the site',
    'content/retired.yaml: "/gone/#x": a section link lands on its own page; write /en/ as where its readers go',
    'content/retired.yaml: "/gone/#x": where its readers go, "/en/#year-1999", has no element with id "year-1999"',
  ]);
});

test('droppedMessage names each address, its source and the two ways out; a dropped page carries its section links', () => {
  const message = droppedMessage([
    { address: '/en/old-topic/', how: 'page', source: 'content/articles/en/old-topic.mdx' },
    { address: '/en/old-topic/#a', how: 'section', source: 'content/articles/en/old-topic.mdx' },
    { address: '/en/old-topic/#b', how: 'section', source: 'content/articles/en/old-topic.mdx' },
    { address: '/en/topic/#security', how: 'section', source: ARTICLE },
    { address: '/en/the-serverless-test/#knative', how: 'row', source: SERVICES_FILE },
    { address: '/en/tags/old/', how: 'page', source: 'src/pages/[locale]/tags/[tag].astro' },
  ]);
  const expected = [
    /^6 published addresses are no longer served \(recorded in published-links.txt\)/,
    /- \/en\/old-topic\/ \(page, from content\/articles\/en\/old-topic.mdx; with its 2 section links\)\n {4}keep it: add formerSlugs: \[old-topic\] to the frontmatter of the article that has its text now,\n {4}or retire it in content\/retired.yaml: '\/en\/old-topic\/': <where its readers go, e.g. \/en\/>/,
    /- \/en\/topic\/#security \(section, from content\/articles\/en\/topic.mdx\)\n {4}keep it: add to the frontmatter of content\/articles\/en\/topic.mdx: formerHeadingIds: \{ security: <the heading's id now> \},\n {4}or retire it in content\/retired.yaml: '\/en\/topic\/#security': \/en\/topic\//,
    /- \/en\/the-serverless-test\/#knative \(row, from content\/serverless\/services.yaml\)\n {4}keep it: add formerIds: \[knative\] to the row that answers it now in content\/serverless\/services.yaml,\n {4}or retire it in content\/retired.yaml: '\/en\/the-serverless-test\/#knative': \/en\/the-serverless-test\//,
    /- \/en\/tags\/old\/ \(page, from src\/pages\/\[locale\]\/tags\/\[tag\].astro\)\n {4}keep it: serve it again from src\/pages\/\[locale\]\/tags\/\[tag\].astro,\n {4}or retire it/,
    /`npm run links:record`/,
  ];
  for (const pattern of expected) assert.match(message, pattern);
  assert.doesNotMatch(message, /old-topic\/#a/, 'section links of a dropped page are counted, not listed');
});

test('a dropped section link of a renamed article names the file to fix now, not the old one', () => {
  const served = new Map<string, ServedAddress>([
    ['/en/topic/', page({ original: 'content/articles/de/thema.mdx' })],
    ['/en/old-topic/', page({ kind: 'moved', to: '/en/topic/', formerIds: {}, targets: [] })],
  ]);
  const { dropped } = reconcileRecord(
    [
      { address: '/en/old-topic/#gone', how: 'section', source: 'content/articles/en/old-topic.mdx' },
      { address: '/en/topic/#gone', how: 'section', source: ARTICLE },
      { address: '/en/topic/#old-row', how: 'row', source: SERVICES_FILE },
    ],
    served,
    new Map(),
  );
  assert.deepEqual(
    dropped.map(({ source }) => source),
    ['content/articles/de/thema.mdx', 'content/articles/de/thema.mdx', SERVICES_FILE],
  );
});
