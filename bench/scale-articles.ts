/**
 * The generated knowledge base of the scale checks (`npm run bench:scale`, tests/scale/): `n`
 * synthetic articles beside the real ones, as the base may grow: 90 % English, 10 % German
 * originals, each with two or three of about 20 tags of its locale, one a day from 2015 on.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../tests/support/seeded-random.ts';
import { copySite, ROOT } from '../tests/support/site-copy.ts';
import { syntheticArticle } from './synthetic-articles.ts';

const TAGS = {
  en: 'aws architecture backup databases devops leadership learning lambda monitoring mysql networking observability operations organisations security serverless storage teams testing tooling',
  de: 'architektur betrieb cloud datenbanken entwicklung fuehrung kosten lernen migration monitoring netzwerke organisation sicherheit serverless skalierung speicher teams testen werkzeuge wissen',
} as const;

/** Writes the `n` generated articles into `content/articles/<locale>/` of a site copy. */
export function writeScaleArticles(site: string, n: number) {
  for (const locale of ['en', 'de'] as const) mkdirSync(join(site, 'content', 'articles', locale), { recursive: true });
  for (let index = 0; index < n; index += 1) {
    const locale = index % 10 === 9 ? 'de' : 'en';
    const random = seededRandom(7000 + index);
    const pool = TAGS[locale].split(' ');
    const tags = new Set(
      Array.from({ length: 2 + Math.floor(random() * 2) }, () => pool[Math.floor(random() * pool.length)]!),
    );
    const { slug, source } = syntheticArticle(index);
    writeFileSync(
      join(site, 'content', 'articles', locale, `${slug}.mdx`),
      source.replace(/^tags: \[.*\]$/m, `tags: [${[...tags].join(', ')}]`),
    );
  }
}

/** A copy of the site at `target` with its real content and `n` generated articles. */
export function prepareScaleSite(target: string, n: number): string {
  const site = copySite(target);
  for (const path of ['content/articles', 'content/serverless', 'content/retired.yaml', 'published-links.txt'])
    cpSync(join(ROOT, path), join(site, path), { recursive: true });
  writeScaleArticles(site, n);
  return site;
}
