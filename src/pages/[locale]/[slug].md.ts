import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages, type ArticleEntry } from '../../data/articles.ts';
import { articleMarkdown } from '../../data/markdown-twins.ts';
import { MARKDOWN_CONTENT_TYPE } from '../../lib/markdown-twin.ts';

/** A twin for every real version (original or translation); a fallback page links the original's. */
export const getStaticPaths = (async () =>
  (await getArticlePages())
    .filter((page) => page.kind !== 'fallback')
    .map(({ locale, slug, entry }) => ({ params: { locale, slug }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry }> = async ({ props }) =>
  new Response(await articleMarkdown(props.entry), { headers: { 'Content-Type': MARKDOWN_CONTENT_TYPE } });
