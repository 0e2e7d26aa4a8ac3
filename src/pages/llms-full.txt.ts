import type { APIRoute } from 'astro';
import { getArticlePages } from '../data/articles.ts';
import { articleMarkdown } from '../data/markdown-twins.ts';
import { byNewest } from '../lib/dates.ts';
import { HOME_NEWEST } from '../lib/list-pages.ts';

/**
 * `/llms-full.txt`: the Markdown twins of the newest originals, newest first, between thematic
 * breaks; every article's text is in the per-year files /llms.txt lists.
 */
export const GET: APIRoute = async () => {
  const originals = (await getArticlePages())
    .filter((page) => page.kind === 'original')
    .map((page) => ({ ...page, pubDate: page.entry.data.pubDate }))
    .sort(byNewest)
    .slice(0, HOME_NEWEST);
  const twins = await Promise.all(originals.map((page) => articleMarkdown(page.entry)));
  return new Response(twins.join('\n---\n\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
