// @ts-check
// The floor any Astro 7 site with MDX content pays: one collection, one layout, one route,
// Astro's default Markdown processor. Used by `npm run bench:build` as the baseline.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  integrations: [mdx()],
});
