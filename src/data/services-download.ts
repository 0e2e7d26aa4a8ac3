import type { Locale } from '../i18n/locales.ts';
import { SITE } from '../site-config.ts';
import { articlePath } from '../lib/urls.ts';
import { getServices, serviceForLocale } from './services.ts';

/** The table as data for reuse: the rows of one locale plus where they come from and the licence. */
export async function servicesDownload(locale: Locale) {
  const services = (await getServices()).map((service) => serviceForLocale(service, locale));
  return {
    title: 'Is it serverless?',
    source: new URL(articlePath(locale, 'the-serverless-test'), SITE.origin).href,
    author: SITE.author,
    license: 'CC BY 4.0',
    licenseUrl: SITE.links.ccBy,
    services,
  };
}
