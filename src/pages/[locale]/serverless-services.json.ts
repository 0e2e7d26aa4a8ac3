import type { APIRoute } from 'astro';
import { servicesDownload } from '../../data/services-download.ts';
import { localeStaticPaths, type Locale } from '../../i18n/locales.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await servicesDownload(params.locale as Locale), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
