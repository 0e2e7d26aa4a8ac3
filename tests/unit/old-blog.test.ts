/**
 * What the old blog published (tests/fixtures/old-blog/) against what this site keeps of it: each
 * heading id its renderer gave is a former id of the same heading here, and each address it wrote
 * (of the nine articles and the blog's own pages) is in the record of published links.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFrontmatter } from 'astro/markdown';
import { OLD_BLOG_ARTICLES } from '../../src/lib/old-blog.ts';
import { parseRecord, RECORD_FILE } from '../../src/lib/published-links.ts';
import { legacyArticlePath } from '../../src/lib/urls.ts';
import { readArticleSources } from '../../scripts/lib/article-sources.ts';
import { ROOT } from '../support/site-copy.ts';

const OLD_BLOG = join(ROOT, 'tests', 'fixtures', 'old-blog');
const record = new Set(parseRecord(readFileSync(join(ROOT, RECORD_FILE), 'utf8')).map(({ address }) => address));
const articles = readArticleSources(ROOT).articles;
const originals = articles.filter((article) => !article.frontmatter.translationOf);

type Render = (this: unknown, data: { text: string; path: string }, options: object) => string;

/**
 * The old blog's Markdown renderer, hexo-renderer-marked 6.3.0, as Hexo ran it: the package
 * registers itself on the global `hexo` with its default options (the blog set none); the
 * renderer reads them from `this.config`.
 */
function oldRenderer(): (markdown: string) => string {
  let render: Render | undefined;
  const hexo = {
    config: { url: 'https://ruempler.eu', post_asset_folder: true, source_dir: 'source' } as Record<string, unknown>,
    extend: { renderer: { register: (extension: string, _output: string, fn: Render) => (render ??= fn) } },
    execFilterSync: () => undefined,
  };
  const global = globalThis as { hexo?: unknown };
  global.hexo = hexo;
  createRequire(import.meta.url)('hexo-renderer-marked');
  delete global.hexo;
  return (markdown) => render!.call(hexo, { text: markdown, path: '' }, {});
}

const posts = readdirSync(join(OLD_BLOG, 'posts')).sort();
const render = oldRenderer();
/** The heading ids of an old post, as the old renderer wrote them, in order. */
const oldHeadingIds = (post: string) => {
  const { content } = parseFrontmatter(readFileSync(join(OLD_BLOG, 'posts', post), 'utf8'));
  return [...render(content).matchAll(/<h[1-6] id="([^"]+)"/g)].map(([, id]) => id!);
};

test('the old blog published exactly the nine articles of OLD_BLOG_ARTICLES, at the permalinks this site computes', () => {
  const published = readFileSync(join(OLD_BLOG, 'published.txt'), 'utf8').split('\n');
  assert.deepEqual(
    posts,
    [...OLD_BLOG_ARTICLES].sort().map((slug) => `${slug}.md`),
  );
  for (const slug of OLD_BLOG_ARTICLES) {
    const original = originals.find((article) => article.slug === slug)!;
    const permalink = legacyArticlePath(new Date(original.frontmatter.pubDate as string), slug);
    assert.ok(published.includes(`${permalink}index.html`), `${permalink} is where the old blog published ${slug}`);
  }
});

test("each old heading id is a former id of the same heading in the article's original, and lands in every locale", () => {
  let checked = 0;
  for (const post of posts) {
    const slug = post.replace(/\.md$/, '');
    const original = originals.find((article) => article.slug === slug)!;
    const oldIds = oldHeadingIds(post);
    const declared = (original.frontmatter.formerHeadingIds ?? {}) as Record<string, string>;
    // The same headings in the same order: old id n is the former id of heading n here.
    const headingIds = [...original.source.matchAll(/^#{2,6} .*\{#([^}]+)\}\s*$/gm)].map(([, id]) => id!);
    assert.deepEqual(Object.keys(declared), oldIds, `${original.file}: formerHeadingIds are the old blog's ids`);
    assert.deepEqual(
      Object.values(declared),
      headingIds.slice(0, oldIds.length),
      `${original.file}: each leads to its heading`,
    );
    const permalink = legacyArticlePath(new Date(original.frontmatter.pubDate as string), slug);
    for (const oldId of oldIds) {
      for (const path of [permalink, `/en/${slug}/`, `/de/${slug}/`])
        assert.ok(record.has(`${path}#${oldId}`), `${path}#${oldId} is in ${RECORD_FILE}`);
      checked += 1;
    }
  }
  assert.equal(checked, 33, 'the old blog gave 33 headings of the nine articles an id');
});

test('every other page and document the old blog published is in the record (theme files and other posts aside)', () => {
  const published = readFileSync(join(OLD_BLOG, 'published.txt'), 'utf8').split('\n').filter(Boolean);
  const otherPost = (path: string) =>
    /^\/\d{4}\/\d{2}\/\d{2}\/([^/]+)\//.exec(path) && !OLD_BLOG_ARTICLES.some((slug) => path.includes(`/${slug}/`));
  const theme = /^\/(css|js|fancybox)\//;
  const addresses = published
    .filter((path) => !otherPost(path) && !theme.test(path))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'));
  // Its not-found page is answered by this site's own, with a 404 status, as a not-found page should be.
  const expected = addresses.filter((path) => path !== '/404/');
  assert.ok(expected.length > 50, `${expected.length} addresses`);
  assert.deepEqual(
    expected.filter((path) => !record.has(path)),
    [],
    `addresses of the old blog missing from ${RECORD_FILE}`,
  );
  assert.ok(['/archives/', '/sitemap.xml', '/atom.xml', '/contact/'].every((path) => record.has(path)));
});
