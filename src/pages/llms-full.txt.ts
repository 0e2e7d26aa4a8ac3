import type { APIRoute } from 'astro';
import { getArticlePages } from '../data/articles.ts';
import { articleMarkdown } from '../data/markdown-twins.ts';
import { byNewest } from '../lib/dates.ts';

/** `/llms-full.txt`: the Markdown twin of every original, newest first, between thematic breaks. */
export const GET: APIRoute = async () => {
  const originals = (await getArticlePages())
    .filter((page) => page.kind === 'original')
    .map((page) => ({ ...page, pubDate: page.entry.data.pubDate }))
    .sort(byNewest);
  const twins = await Promise.all(originals.map((page) => articleMarkdown(page.entry)));
  return new Response(twins.join('\n---\n\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
