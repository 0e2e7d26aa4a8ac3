import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { parseDataRows } from '../lib/data-rows.ts';

/**
 * Loads a YAML list of rows, one entry per row `id`, each with its `position` in the file
 * (collections have no order of their own, and the author's order is the default display). Unlike
 * Astro's `file()` loader, a syntax error, a missing or duplicate id or any invalid field fails
 * the build, with every problem at once, naming the file, row and field, instead of being logged
 * and skipped. `schema` is the collection's schema; Astro's `parseData` applies it again.
 */
export function yamlRowsLoader(file: string, schema: z.ZodType<Record<string, unknown>>): Loader {
  return {
    name: 'yaml-rows-loader',
    load: async ({ store, parseData, generateDigest }) => {
      const { rows, errors } = parseDataRows(readFileSync(file, 'utf8'), file, schema);
      if (errors.length > 0) throw new Error(`Invalid rows:\n- ${errors.join('\n- ')}`);
      store.clear();
      for (const { id, data } of rows) {
        const parsed = await parseData({ id, data, filePath: file });
        store.set({ id, data: parsed, digest: generateDigest(data), filePath: file });
      }
    },
  };
}
