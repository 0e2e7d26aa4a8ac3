/**
 * npm run bench:features — what each feature costs a cold build of N synthetic articles
 * (BENCH_SIZE, default 1000): one scratch copy with every feature on, and one per feature with
 * only that feature switched off by editing the copy's source. The builds are interleaved over
 * BENCH_RUNS rounds (default 2); prints the median wall and CPU time each feature adds, and the
 * summed render time of each route. BENCH_FEATURES=twins,related limits the run to the features
 * whose names contain one of those words.
 * An edit that no longer matches the source fails the benchmark, naming the feature and file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareProject } from './baseline-site.ts';
import { coldBuild, median, type BuildCost } from './cold-build.ts';

const N = Number(process.env.BENCH_SIZE ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);

/** A source edit: replace `from` (must occur) with `to`, or delete the file. */
type Edit = { file: string; from: string; to: string } | { file: string; delete: true };

const SITE_FILES = 'src/integrations/built-site-files.ts';

const FEATURES: { name: string; edits: Edit[] }[] = [
  {
    name: 'fallback pages (one per article and missing locale)',
    edits: [
      {
        file: 'src/data/article-page-props.ts',
        from: 'const perLocale = await Promise.all(LOCALES.map((locale) => getLocaleArticlePages(locale)));',
        to: 'const perLocale = (await Promise.all(LOCALES.map((locale) => getLocaleArticlePages(locale)))).map((pages) => pages.filter((page) => page.kind !== "fallback"));',
      },
    ],
  },
  {
    name: 'published links (record check)',
    edits: [
      { file: SITE_FILES, from: '        if (response.ok) published.note(', to: '        if (false) published.note(' },
      {
        file: SITE_FILES,
        from: '      published.note(pathname, response.headers',
        to: '      false && published.note(pathname, response.headers',
      },
      { file: SITE_FILES, from: '        published.finish({', to: '        false && published.finish({' },
    ],
  },
  {
    name: 'search index (Pagefind)',
    edits: [
      { file: SITE_FILES, from: '      search.note(file, html);\n', to: '' },
      { file: SITE_FILES, from: '=> search.start(', to: '=> false && search.start(' },
      { file: SITE_FILES, from: '        await search.write(dist, logger);\n', to: '' },
    ],
  },
  {
    name: 'heading anchors and code-block hast plugins',
    edits: [{ file: 'astro.config.mjs', from: 'hastPlugins: [headingAnchors, codeBlocks]', to: 'hastPlugins: []' }],
  },
  {
    name: 'syntax highlighting (Shiki, two themes)',
    edits: [
      {
        file: 'astro.config.mjs',
        from: 'shikiConfig: { themes: CODE_THEMES, defaultColor: false },',
        to: 'syntaxHighlight: false,',
      },
    ],
  },
  {
    name: 'feeds (RSS per locale, Atom)',
    edits: [{ file: SITE_FILES, from: '        writeFeeds(dist, pages.articles, logger);\n', to: '' }],
  },
  {
    name: 'sitemap',
    edits: [
      { file: 'astro.config.mjs', from: '    sitemap(builtSite.sitemap),', to: '' },
      // The copy at the old blog's sitemap address.
      {
        file: SITE_FILES,
        from: '        copyFileSync(`${dist}/sitemap-index.xml`',
        to: '        false && copyFileSync(`${dist}/sitemap-index.xml`',
      },
    ],
  },
  {
    name: 'CSP (per-page hashes, /_headers)',
    edits: [
      { file: 'astro.config.mjs', from: '    csp: {', to: '    csp: false && {' },
      { file: SITE_FILES, from: '    if (!policy) throw new Error(', to: '    if (false) throw new Error(' },
      { file: SITE_FILES, from: '        writeSecurityHeaders(dist, pages.mergedPolicy());\n', to: '' },
    ],
  },
  { name: 'tag pages', edits: [{ file: 'src/pages/[locale]/tags/[tag]/[...page].astro', delete: true }] },
  {
    name: 'archive pages',
    edits: [
      { file: 'src/pages/[locale]/archive/index.astro', delete: true },
      { file: 'src/pages/[locale]/archive/[...period].astro', delete: true },
    ],
  },
  { name: 'Markdown twins (/<locale>/<slug>.md)', edits: [{ file: 'src/pages/[locale]/[slug].md.ts', delete: true }] },
  {
    name: '/llms.txt, its files and /llms-full.txt',
    edits: [
      { file: 'src/pages/llms.txt.ts', delete: true },
      { file: 'src/pages/llms/[locale]/[file].txt.ts', delete: true },
      { file: 'src/pages/llms-full.txt.ts', delete: true },
    ],
  },
  {
    name: 'related articles',
    edits: [
      {
        file: 'src/data/article-page-props.ts',
        from: 'related: isOutlineOnly(page) ? [] : relatedTo(asCandidate(page)).map(({ page }) => page),',
        to: 'related: [],',
      },
    ],
  },
  {
    name: 'table of contents',
    edits: [
      {
        file: 'src/components/ArticlePage.astro',
        from: '<TableOfContents locale={locale} contentLocale={contentLocale} headings={headings} />',
        to: '',
      },
    ],
  },
  {
    name: 'theme control',
    edits: [{ file: 'src/components/SiteHeader.astro', from: '<ThemePicker locale={locale} />', to: '' }],
  },
  {
    name: 'translation status pages',
    edits: [{ file: 'src/pages/[locale]/translations/[...page].astro', delete: true }],
  },
];

function applyEdit(site: string, feature: string, edit: Edit) {
  const path = join(site, edit.file);
  if (!existsSync(path)) throw new Error(`${feature}: ${edit.file} does not exist; update bench/features.ts`);
  if ('delete' in edit) return rmSync(path);
  const source = readFileSync(path, 'utf8');
  if (!source.includes(edit.from))
    throw new Error(
      `${feature}: ${edit.file} no longer contains ${JSON.stringify(edit.from)}; update bench/features.ts`,
    );
  writeFileSync(path, source.replace(edit.from, edit.to));
}

const only = process.env.BENCH_FEATURES?.split(',');
const chosen = FEATURES.filter(({ name }) => !only || only.some((word) => name.includes(word)));
if (chosen.length === 0) throw new Error(`BENCH_FEATURES=${process.env.BENCH_FEATURES} names no feature`);
const variants = [
  { name: 'every feature on', site: prepareProject(N, 'features-all') },
  ...chosen.map((feature, index) => {
    const site = prepareProject(N, `features-${index}`);
    for (const edit of feature.edits) applyEdit(site, feature.name, edit);
    return { name: feature.name, site };
  }),
];
/** The route a built file belongs to; in the synthetic site every English article is an original, every German one a fallback. */
function routeOf(path: string): string {
  if (path.endsWith('.md')) return 'Markdown twins /<locale>/<slug>.md';
  if (path.startsWith('/llms')) return '/llms.txt and /llms-full.txt';
  if (/^\/(en|de)\/tags\//.test(path)) return 'tag pages /<locale>/tags/…';
  if (/^\/(en|de)\/translations\//.test(path)) return 'translation status /<locale>/translations/';
  if (path.startsWith('/en/synthetic-article-')) return 'originals /en/<slug>/';
  if (path.startsWith('/de/synthetic-article-')) return 'fallback pages /de/<slug>/';
  return 'other pages';
}

/** Pages and summed render time (ms) per route, from the per-page times Astro logs (`├─ /path (+12ms)`). */
function renderTimes(log: string): Map<string, { pages: number; ms: number }> {
  const routes = new Map<string, { pages: number; ms: number }>();
  for (const [, path, ms] of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const route = routes.get(routeOf(path!)) ?? { pages: 0, ms: 0 };
    routes.set(routeOf(path!), { pages: route.pages + 1, ms: route.ms + Number(ms) });
  }
  return routes;
}

const costs = new Map<string, (BuildCost & { log: string })[]>(variants.map(({ name }) => [name, []]));
for (let run = 1; run <= RUNS; run += 1) {
  for (const { name, site } of variants) {
    const cost = await coldBuild(site);
    costs.get(name)!.push(cost);
    console.log(`run ${run} ${name}: ${cost.seconds.toFixed(1)} s, CPU ${cost.cpuSeconds.toFixed(1)} s`);
  }
}
const all = costs.get('every feature on')!;
const [allWall, allCpu] = [median(all.map((cost) => cost.seconds)), median(all.map((cost) => cost.cpuSeconds))];
console.log(
  `\nN = ${N}, ${RUNS} runs each; every feature on: ${allWall.toFixed(1)} s wall, ${allCpu.toFixed(1)} s CPU\n`,
);
console.log('| switched off | wall time saved | CPU time saved |');
console.log('| --- | --- | --- |');
for (const { name } of variants.slice(1)) {
  const own = costs.get(name)!;
  const wall = allWall - median(own.map((cost) => cost.seconds));
  const cpu = allCpu - median(own.map((cost) => cost.cpuSeconds));
  console.log(`| ${name} | ${wall.toFixed(1)} s | ${cpu.toFixed(1)} s |`);
}
console.log('\n| route (every feature on) | pages | render time, summed over pages (median) |');
console.log('| --- | --- | --- |');
const times = all.map((cost) => renderTimes(cost.log));
if (times[0]!.size === 0)
  throw new Error('the build log listed no page render times; has Astro changed its log format?');
for (const [route, { pages }] of times[0]!) {
  console.log(
    `| ${route} | ${pages} | ${(median(times.map((each) => each.get(route)?.ms ?? 0)) / 1000).toFixed(1)} s |`,
  );
}
for (const { site } of variants) rmSync(site, { recursive: true, force: true });
