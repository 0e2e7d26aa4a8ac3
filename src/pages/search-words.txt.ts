import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { articleMarkdown } from '../data/markdown-twins.ts';
import { vocabulary } from '../lib/spelling.ts';

/** Link targets and bare addresses: their parts are not words a reader searches for. */
const ADDRESSES = /\]\([^)]*\)|https?:\/\/\S+/g;

/**
 * `/search-words.txt`: the words of the articles in both languages (their Markdown twins: the
 * text as readers see it, the serverless table's rows included), those in the most articles
 * first, one per line. The search page fetches it only when a query finds little
 * (src/components/search.ts) and suggests the nearest words.
 */
export const GET: APIRoute = async () => {
  const texts = await Promise.all((await getArticles()).map(articleMarkdown));
  return new Response(`${vocabulary(texts.map((text) => text.replace(ADDRESSES, ' '))).join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
