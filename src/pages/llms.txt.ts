import type { APIRoute } from 'astro';
import { getLocaleArticlePages } from '../data/articles.ts';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LOCALE, languageName, LOCALES } from '../i18n/locales.ts';
import { escapeMarkdown } from '../lib/markdown-twin.ts';
import { markdownPath } from '../lib/urls.ts';
import { SITE } from '../site-config.ts';

/**
 * `/llms.txt` (https://llmstxt.org/): the site's name, a summary, and per locale every article
 * with the link to its Markdown twin: the locale's own version, or the original where the locale
 * has none (said after the description).
 */
export const GET: APIRoute = async () => {
  const site = useTranslations(DEFAULT_LOCALE);
  const sections = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = useTranslations(locale);
      const items = (await getLocaleArticlePages(locale)).map(({ kind, slug, entry, originalLocale }) => {
        const twinLocale = kind === 'fallback' ? originalLocale : locale;
        const url = new URL(markdownPath(twinLocale, slug), SITE.origin).href;
        const untranslated =
          kind === 'fallback'
            ? ` (${t('home.untranslated', { language: languageName(originalLocale, locale) })}, ${t('switcher.untranslated')})`
            : '';
        return `- [${escapeMarkdown(entry.data.title)}](${url}): ${entry.data.description}${untranslated}`;
      });
      return `## ${languageName(locale, locale)}\n\n${items.join('\n')}`;
    }),
  );
  const text = [`# ${site('site.title')}`, `> ${site('home.description')}`, ...sections].join('\n\n');
  return new Response(`${text}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
