import type { APIRoute } from 'astro';
import { llmsFiles, llmsIndexItem } from '../data/llms-files.ts';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LOCALE, languageName, LOCALES } from '../i18n/locales.ts';

/**
 * `/llms.txt` (https://llmstxt.org/): the site's name, a summary, and per locale one line per year
 * for the list of its articles (each linking its Markdown twin) and one per text file, so the index
 * stays short however many articles there are (src/data/llms-files.ts).
 */
export const GET: APIRoute = async () => {
  const site = useTranslations(DEFAULT_LOCALE);
  const files = await llmsFiles();
  // Per locale, each year's list and its full text (a long year's lists its months' files).
  const sections = LOCALES.map(
    (locale) =>
      `## ${languageName(locale, locale)}\n\n${files
        .filter((file) => file.locale === locale)
        .map(llmsIndexItem)
        .join('\n')}`,
  );
  const text = [`# ${site('site.title')}`, `> ${site('home.description')}`, ...sections].join('\n\n');
  return new Response(`${text}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
