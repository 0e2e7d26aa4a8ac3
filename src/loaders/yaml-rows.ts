import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { checkRowIds } from '../lib/data-rows.ts';

/**
 * Loads a YAML list of rows, one entry per row `id`, each with its `position` in the file
 * (collections have no order of their own, and the author's order is the default display). Unlike Astro's `file()` loader, a syntax
 * error, a missing or duplicate id fails the build (naming the file, row and field) instead of
 * being logged and skipped.
 */
export function yamlRowsLoader(file: string): Loader {
  return {
    name: 'yaml-rows-loader',
    load: async ({ store, parseData, generateDigest }) => {
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
      } catch (error) {
        throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
      }
      const { rows, errors } = checkRowIds(data, file);
      if (errors.length > 0) throw new Error(`Invalid rows:\n- ${errors.join('\n- ')}`);
      store.clear();
      for (const [position, { id, item }] of rows.entries()) {
        const fields: Record<string, unknown> = { ...item, position };
        delete fields.id; // the id is the entry's key, not a field of its data
        const parsed = await parseData({ id, data: fields, filePath: file });
        store.set({ id, data: parsed, digest: generateDigest(item), filePath: file });
      }
    },
  };
}
