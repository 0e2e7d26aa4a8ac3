import { defineCollection } from 'astro:content';
import { articleSchema, serviceSchema } from './lib/content-schemas.ts';
import { SERVICES_FILE } from './lib/serverless-table.ts';
import { articlesLoader } from './loaders/articles.ts';
import { yamlRowsLoader } from './loaders/yaml-rows.ts';

// The schemas live in src/lib/content-schemas.ts (plain TypeScript: the loaders check every file
// with them first, and the unit tests use them without Astro).
const articles = defineCollection({ loader: articlesLoader('./content/articles'), schema: articleSchema });

const services = defineCollection({
  loader: yamlRowsLoader(SERVICES_FILE, serviceSchema),
  schema: serviceSchema,
});

export const collections = { articles, services };
