import type { APIRoute } from 'astro';
import { getRedirects } from '../data/old-addresses.ts';

// `/_redirects` for hosts that answer with real 301s (Netlify, Cloudflare Pages): every old address
// (src/data/old-addresses.ts), so none lacks its entry. The route's one value is `_redirects`.
export const getStaticPaths = () => [{ params: { redirects: '_redirects' } }];

export const GET: APIRoute = async () => {
  const lines = (await getRedirects()).map(({ from, to }) => `${from} ${to} 301`);
  return new Response(
    `# Old addresses of the site → where they lead now (generated at build time)\n${lines.join('\n')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
