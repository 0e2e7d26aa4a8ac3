/**
 * The first thing a page at an old address runs (a static redirect page, or an article shown at
 * its old address): it sends the reader on to the new address, keeping the query (`?verdict=no`)
 * and the `#fragment` (which no meta refresh and no server ever sees), and mapping a fragment that
 * changed on the way: an old heading id to its current one. The script reads its element's
 * `data-to` (the new path, with a `#fragment` of its own for links without one) and `data-ids`
 * (JSON, old id → new id). One constant text, so one hash in the CSP allows it on every page
 * (astro.config.mjs); `location.replace` keeps the old address out of the history.
 */
export const REDIRECT_SCRIPT =
  '(function(d){var h=location.hash.slice(1),m=JSON.parse(d.ids||"{}"),k=h,t=d.to.split("#");' +
  'try{k=decodeURIComponent(h)}catch(e){}' +
  'if(Object.prototype.hasOwnProperty.call(m,k))h=m[k];' +
  'location.replace(t[0]+location.search+(h?"#"+h:t[1]?"#"+t[1]:""))})(document.currentScript.dataset)';

/** The `data-*` attributes `REDIRECT_SCRIPT` reads: `{ 'data-to': '/en/x/', 'data-ids': '{"Old":"new"}' }`. */
export function redirectScriptData(to: string, formerIds: Record<string, string> = {}): Record<string, string> {
  return {
    'data-to': to,
    ...(Object.keys(formerIds).length > 0 && { 'data-ids': JSON.stringify(formerIds) }),
  };
}
