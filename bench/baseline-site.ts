/**
 * The bare Astro 7 site of bench/baseline (one collection, one layout, default Markdown processor)
 * and this site's copy, each fed the same synthetic articles: what the build and Lighthouse
 * benchmarks compare.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySite, ROOT } from '../tests/support/site-copy.ts';
import { syntheticArticle } from './synthetic-articles.ts';
import { linkNodeModules } from '../scripts/lib/linked-node-modules.ts';

export const WORK = join(ROOT, 'bench', '.work');

/** A copy of this site (in bench/.work/<name>) with `n` synthetic English articles instead of the real ones. */
export function prepareProject(n: number, name = 'build-project'): string {
  const site = copySite(join(WORK, name));
  cpSync(join(ROOT, 'content', 'serverless'), join(site, 'content', 'serverless'), { recursive: true });
  writeArticles(join(site, 'content', 'articles', 'en'), n);
  return site;
}

/** The bare baseline with `n` synthetic articles; its pages are `/<slug>/`. */
export function prepareBaseline(n: number): string {
  const site = join(WORK, 'build-baseline');
  rmSync(site, { recursive: true, force: true });
  cpSync(join(ROOT, 'bench', 'baseline'), site, { recursive: true });
  writeFileSync(join(site, 'package.json'), '{ "type": "module" }\n');
  linkNodeModules(ROOT, site);
  writeArticles(join(site, 'content', 'articles'), n);
  return site;
}

function writeArticles(directory: string, n: number) {
  mkdirSync(directory, { recursive: true });
  for (let index = 0; index < n; index += 1) {
    const { slug, source } = syntheticArticle(index);
    writeFileSync(join(directory, `${slug}.mdx`), source);
  }
}
