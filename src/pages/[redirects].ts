import type { APIRoute } from 'astro';
import { getLegacyRedirects } from '../data/legacy-redirects.ts';

// `/_redirects` for hosts that answer with real 301s (Netlify, Cloudflare Pages); generated from
// the old blog's articles, so no old address lacks its entry. The route's one value is `_redirects`.
export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

export const GET: APIRoute = async () => {
  const lines = (await getLegacyRedirects()).map(({ from, to }) => `${from} ${to} 301`);
  return new Response(`# Old addresses of the blog → new pages (generated at build time)\n${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
