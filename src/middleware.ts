import { existsSync, readFileSync } from 'node:fs';
import { defineMiddleware } from 'astro:middleware';
import { droppedMessage, pageIds, parseRecord, RECORD_FILE, redirectOf, splitAddress } from './lib/published-links.ts';
import { readRetiredAddresses } from './lib/retired-addresses.ts';

/**
 * In `astro dev` only: warns in the terminal when a page (or a section link on it) recorded in
 * published-links.txt is no longer served, as the build would fail. The build checks every
 * address at once (src/integrations/published-links.ts); the dev server sees one page at a time
 * and carries on.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV || !existsSync(RECORD_FILE)) return response;
  const path = context.url.pathname;
  const recorded = parseRecord(readFileSync(RECORD_FILE, 'utf8')).filter(
    ({ address }) => splitAddress(address)[0] === path,
  );
  if (recorded.length === 0) return response;
  let dropped = recorded;
  if (response.ok) {
    const html = response.headers.get('Content-Type')?.startsWith('text/html') ? await response.clone().text() : '';
    // Section links of a page that sends readers on are checked where they land, by the build.
    if (redirectOf(html)) return response;
    const ids = pageIds(html);
    const retired = readRetiredAddresses();
    dropped = recorded.filter(({ address }) => {
      const fragment = splitAddress(address)[1];
      return fragment !== undefined && !ids.has(fragment) && !retired.has(address);
    });
  }
  if (dropped.length > 0)
    console.warn(`[published links] ${droppedMessage(dropped)}\n(npm run build fails until then)`);
  return response;
});
