import type { APIRoute } from 'astro';
import { servicesDownload } from '../../data/services-download.ts';
import { localeStaticPaths, type Locale } from '../../i18n/locales.ts';
import { toCsv } from '../../lib/csv.ts';

export const getStaticPaths = localeStaticPaths;

const COLUMNS = ['id', 'name', 'provider', 'category', 'verdict', 'reason'] as const;

export const GET: APIRoute = async ({ params }) => {
  const { services } = await servicesDownload(params.locale as Locale);
  const csv = toCsv([[...COLUMNS], ...services.map((service) => COLUMNS.map((column) => service[column]))]);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
