import { defineMiddleware } from 'astro:middleware';
import { withOwnPolicy } from './lib/csp.ts';

/**
 * Every page's `<meta>` Content Security Policy allows only the page's own inline styles and
 * scripts (Astro lists those of every page on every page), set as the page is rendered.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnPolicy(await response.text()), response);
});
