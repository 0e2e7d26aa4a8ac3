import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticlePages, type ArticleEntry } from '../../data/articles.ts';
import { articleMarkdown } from '../../data/markdown-twins.ts';
import { retiredPaths } from '../../data/old-addresses.ts';
import { MARKDOWN_CONTENT_TYPE } from '../../lib/markdown-twin.ts';
import { RETIRED_FILE, SOURCE_HEADER } from '../../lib/published-links.ts';
import { SITE } from '../../site-config.ts';

type Props = { entry: ArticleEntry } | { retiredTo: string };

/**
 * A twin for every real version (original or translation; a fallback page links the original's),
 * the same text again at the article's former slugs (tools follow no meta refresh), and a note
 * where a retired twin's readers go (content/retired.yaml).
 */
export const getStaticPaths = (async () => [
  ...(await getArticlePages())
    .filter((page) => page.kind !== 'fallback')
    .flatMap(({ locale, slug, entry, original }) =>
      [slug, ...(original.data.formerSlugs ?? [])].map((each) => ({
        params: { locale, slug: each },
        props: { entry },
      })),
    ),
  ...retiredPaths()
    .filter(({ from }) => from.endsWith('.md'))
    .map(({ from, to }) => {
      const [, locale, file] = from.split('/');
      return { params: { locale: locale!, slug: file!.slice(0, -'.md'.length) }, props: { retiredTo: to } };
    }),
]) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  if ('retiredTo' in props) {
    const url = new URL(props.retiredTo, SITE.origin).href;
    return new Response(`# Moved\n\nThis text has moved to <${url}>.\n`, {
      headers: { 'Content-Type': MARKDOWN_CONTENT_TYPE, [SOURCE_HEADER]: RETIRED_FILE },
    });
  }
  return new Response(await articleMarkdown(props.entry), {
    headers: { 'Content-Type': MARKDOWN_CONTENT_TYPE, [SOURCE_HEADER]: props.entry.filePath! },
  });
};
