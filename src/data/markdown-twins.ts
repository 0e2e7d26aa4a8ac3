import { useTranslations, type Locale } from '../i18n/index.ts';
import { isoDay } from '../lib/dates.ts';
import { escapeMarkdown, gfmTable, markdownTwin, richTextMarkdown } from '../lib/markdown-twin.ts';
import { VERDICT_ICONS } from '../lib/serverless-table.ts';
import { articlePath } from '../lib/urls.ts';
import { SITE } from '../site-config.ts';
import { splitEntryId, type ArticleEntry } from './articles.ts';
import { getServices, serviceForLocale } from './services.ts';

/** `<ServerlessTable />` as a GFM table in a locale: the columns of the HTML table, every row. */
async function serverlessTableMarkdown(locale: Locale): Promise<string> {
  const t = useTranslations(locale);
  const columns = (['name', 'verdict', 'reason', 'provider', 'category'] as const).map((column) =>
    t(`table.col.${column}`),
  );
  const rows = (await getServices()).map((service) => {
    const { name, verdict, provider, category } = serviceForLocale(service, locale);
    return [
      escapeMarkdown(name),
      `${VERDICT_ICONS[verdict]} ${t(`table.verdict.${verdict}`)}`,
      richTextMarkdown(service.data.reason[locale]),
      escapeMarkdown(provider),
      escapeMarkdown(category),
    ];
  });
  return gfmTable(columns, rows);
}

/** Twins made in this build, by entry id: the twin's route and the llms.txt files both ask for each. */
const madeTwins = new Map<string, Promise<string>>();

/** The Markdown twin of an article version (original or translation), in its own language. */
export function articleMarkdown(entry: ArticleEntry): Promise<string> {
  // In `astro dev` an edited article must show at once: nothing is kept.
  if (import.meta.env.DEV) return makeArticleMarkdown(entry);
  let twin = madeTwins.get(entry.id);
  if (!twin) madeTwins.set(entry.id, (twin = makeArticleMarkdown(entry)));
  return twin;
}

async function makeArticleMarkdown(entry: ArticleEntry): Promise<string> {
  const { locale, slug } = splitEntryId(entry.id);
  const t = useTranslations(locale);
  const meta = t('article.markdownMeta', {
    date: isoDay(entry.data.pubDate),
    // An autolink: CommonMark makes no link of a bare URL (GFM only of some).
    url: `<${new URL(articlePath(locale, slug), SITE.origin).href}>`,
    author: SITE.author,
    licence: `[CC BY 4.0](${SITE.links.ccBy})`,
  });
  const body = entry.body ?? '';
  return markdownTwin({
    title: escapeMarkdown(entry.data.title),
    meta,
    body,
    origin: SITE.origin,
    // Only articles that show the table pay for reading its rows.
    components: body.includes('<ServerlessTable') ? { ServerlessTable: await serverlessTableMarkdown(locale) } : {},
  });
}
