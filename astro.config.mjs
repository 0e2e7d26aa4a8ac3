// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { feeds } from './src/integrations/feeds.ts';
import { isIndexable } from './src/integrations/indexable.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { codeBlocks } from './src/markdown/code-blocks.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';

export default defineConfig({
  site: 'https://ruempler.eu',
  trailingSlash: 'always',
  // HTML-aware compression keeps the spaces between inline elements in templates.
  compressHTML: true,
  build: {
    // One cacheable stylesheet per page instead of inline <style> blocks.
    inlineStylesheets: 'never',
  },
  i18n: {
    locales: ['en', 'de'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    // One stylesheet for the whole site: a single request, cached across pages.
    build: {
      cssCodeSplit: false,
      rollupOptions: {
        // Harmless per-MDX-entry notice (withastro/astro#18087); hiding it keeps real warnings visible.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    feeds(),
    searchIndex(),
    sitemap({
      filter: (page) => isIndexable(page),
      i18n: { defaultLocale: 'en', locales: { en: 'en', de: 'de' } },
    }),
  ],
  markdown: {
    // Both themes as CSS variables; global.css picks one by prefers-color-scheme (no JS needed).
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
    // Sätteri (Astro's default, GFM built in). No remark plugins here: they would move
    // the whole build onto the slower unified pipeline.
    processor: satteri({
      features: {
        // `## Heading {#id}` keeps anchors stable across translations.
        headingAttributes: true,
        // Smart quotes are English-only and would break German „…“; authors type quotes.
        smartPunctuation: { quotes: false },
      },
      hastPlugins: [headingAnchors, codeBlocks],
    }),
  },
});
