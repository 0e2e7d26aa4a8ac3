// @ts-check
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { builtSiteFiles } from './src/integrations/built-site-files.ts';
import { selfContainedScripts } from './src/integrations/self-contained-scripts.ts';
import { codeBlocks } from './src/markdown/code-blocks.ts';
import { CODE_THEMES } from './src/markdown/code-colors.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { ARTICLES_DIR, listArticlePaths } from './src/lib/article-files.ts';
import { inlinesScripts, stylesheetMode } from './src/lib/list-pages.ts';
import { REDIRECT_SCRIPT } from './src/lib/redirect-script.ts';
import { SEARCH_PRELOAD_SCRIPT } from './src/lib/search-preload.ts';
import { SPECULATION_RULES } from './src/lib/speculation-rules.ts';
import { THEME_BOOT_SCRIPT } from './src/lib/theme.ts';

// Notes what each page says while it renders; the sitemap asks it which pages to list.
const builtSite = builtSiteFiles();
const articleFiles = listArticlePaths(fileURLToPath(new URL(ARTICLES_DIR, import.meta.url))).length;
const inlineScripts = inlinesScripts(articleFiles);
const inlineStylesheets = stylesheetMode(articleFiles);

export default defineConfig({
  site: 'https://ruempler.eu',
  trailingSlash: 'always',
  // HTML-aware compression keeps the spaces between inline elements in templates.
  compressHTML: true,
  build: {
    // Every page is one request: its CSS arrives in the document (hashed in the CSP), so nothing
    // blocks the first paint after the HTML; a base of over 1,000 articles links one cached
    // stylesheet per page kind instead, so the site still fits its hosts (src/lib/list-pages.ts).
    inlineStylesheets,
    // Render two pages at a time: page generation of a 1000-article build took 18 % less
    // (BENCHMARKS.md); the machines here have two cores.
    concurrency: 2,
  },
  // Content Security Policy as <meta> on every page: scripts and styles from the site or hashed by
  // Astro (every inlined <style> and <script>), no style attributes anywhere. Hosts also get it as a
  // header (with frame-ancestors) from /_headers, see src/integrations/security-headers.ts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "frame-src 'none'",
        "worker-src 'self'",
      ],
      scriptDirective: {
        resources: ["'self'"],
        // The theme's boot script runs before the first paint, the redirect script of pages at old
        // addresses and the search page's preload before anything else, so none can be a (deferred)
        // module script that Astro hashes itself; the speculation rules are data for the browser.
        hashes: [THEME_BOOT_SCRIPT, REDIRECT_SCRIPT, SEARCH_PRELOAD_SCRIPT, SPECULATION_RULES].map(
          (script) => /** @type {const} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`),
        ),
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  i18n: {
    locales: ['en', 'de'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    // The same choice for what pages add themselves: the CSS only some article pages need
    // (src/components/PageStyle.astro) and the favicon (src/components/HeadEssentials.astro).
    define: { 'import.meta.env.KB_INLINE_ASSETS': JSON.stringify(inlineStylesheets === 'always') },
    // Modules that more than one page script imports: each script gets its own copy.
    plugins: [selfContainedScripts([fileURLToPath(new URL('src/i18n/templates.ts', import.meta.url))])],
    build: {
      // Page scripts up to 8 KiB are written into the page (the budget tests keep them far smaller),
      // in a base of up to 1,000 articles (src/lib/list-pages.ts); other assets keep Vite's default.
      assetsInlineLimit: (file, content) =>
        file.endsWith('.js') ? inlineScripts && content.length <= 8192 : undefined,
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
    // Which pages, and their language versions, as each page says (not the sitemap's own i18n
    // option, which compares every URL with every other: 2.7 s at 10,000 articles).
    sitemap(builtSite.sitemap),
    // Last: its feeds and /_headers are written after the sitemap, all while Pagefind builds the
    // search index in its own process, and it waits for Pagefind only then.
    builtSite.integration,
  ],
  markdown: {
    // Both themes as CSS variables, set by classes instead of inline styles (src/markdown/code-colors.ts);
    // global.css picks one by prefers-color-scheme (no JS needed).
    shikiConfig: { themes: CODE_THEMES, defaultColor: false },
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
