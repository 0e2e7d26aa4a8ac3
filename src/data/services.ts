import { getCollection, type CollectionEntry } from 'astro:content';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { linkTargets, plainText } from '../lib/rich-text.ts';

export type ServiceEntry = CollectionEntry<'services'>;

/** The table's rows in the author's order. */
export async function getServices(): Promise<ServiceEntry[]> {
  return (await getCollection('services')).sort((a, b) => a.data.position - b.data.position);
}

/** One row as readers of a locale see it: labels resolved, reason as plain text (for downloads). */
export function serviceForLocale(service: ServiceEntry, locale: Locale) {
  const t = useTranslations(locale);
  return {
    id: service.id,
    name: service.data.name,
    provider: t(`table.provider.${service.data.provider}`),
    category: t(`table.category.${service.data.category}`),
    verdict: service.data.verdict,
    reason: plainText(service.data.reason[locale]),
    links: linkTargets(service.data.reason[locale]),
  };
}
