import { LOCALES } from '../i18n/locales.ts';
import { searchPath } from './urls.ts';

/**
 * Speculation rules (https://html.spec.whatwg.org/multipage/speculative-loading.html): browsers
 * that know them (Chromium) prepare the next page when the reader shows the intent to follow a
 * link: eagerness `moderate` is a hover of 200 ms or a pointer down, nothing on load. The page is
 * prerendered, or at least prefetched where the browser declines to prerender. Other browsers
 * ignore the rules.
 *
 * Which links: the `href_matches` patterns are relative to the page, so they only match links on
 * its own origin (external links never). Of those only HTML pages, whose addresses end in `/`
 * (`trailingSlash: 'always'`, astro.config.mjs): no data file (Markdown twins, feeds, JSON, CSV,
 * llms.txt, sitemaps: their addresses end in a file name) and nothing else that is no page. Not
 * the search page, whose script loads the search index as soon as a query is there.
 */
export const SPECULATION_RULE_SETS = {
  prerender: [
    {
      where: {
        and: [{ href_matches: '/*/' }, { not: { href_matches: LOCALES.map((locale) => `${searchPath(locale)}*`) } }],
      },
      eagerness: 'moderate',
    },
  ],
} as const;

/**
 * The text of the page's `<script type="speculationrules">` (src/layouts/BaseLayout.astro): one
 * constant, so one hash in the CSP allows it on every page (astro.config.mjs).
 */
export const SPECULATION_RULES = JSON.stringify(SPECULATION_RULE_SETS);
