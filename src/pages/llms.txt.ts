import type { APIRoute } from 'astro';
import { llmsFiles, llmsFullTextItem } from '../data/llms-files.ts';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LOCALE, languageName, LOCALES } from '../i18n/locales.ts';
import { escapeMarkdown } from '../lib/markdown-twin.ts';
import { SITE } from '../site-config.ts';

/**
 * `/llms.txt` (https://llmstxt.org/): the site's name, a summary, and per locale one line per year
 * for the list of its articles (each linking its Markdown twin) and one per text file, so the index
 * stays short however many articles there are (src/data/llms-files.ts).
 */
export const GET: APIRoute = async () => {
  const site = useTranslations(DEFAULT_LOCALE);
  const files = await llmsFiles();
  const sections = LOCALES.map((locale) => {
    const t = useTranslations(locale);
    // A year's list and its full text (a long year's lists its months' files).
    const lines = files
      .filter((file) => file.locale === locale)
      .map((file) => {
        if (file.kind !== 'list') return llmsFullTextItem(file);
        const url = new URL(file.path, SITE.origin).href;
        const count = t('tags.count', { count: file.pages.length });
        return `- [${escapeMarkdown(t('archive.year', { year: file.label }))}](${url}): ${count}, ${t('llms.list')}`;
      });
    return `## ${languageName(locale, locale)}\n\n${lines.join('\n')}`;
  });
  const text = [`# ${site('site.title')}`, `> ${site('home.description')}`, ...sections].join('\n\n');
  return new Response(`${text}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
