import { KEBAB_CASE } from './article-files.ts';

/**
 * Checks the list shape of a data file before the schema sees the rows: every row is an object
 * with a unique kebab-case `id`. Each message names the file, the row and the field.
 * - `checkRowIds([{ id: 'a' }, { id: 'a' }], 'x.yaml')` → errors: duplicate id "a"
 */
export function checkRowIds(
  data: unknown,
  file: string,
): { rows: { id: string; item: Record<string, unknown> }[]; errors: string[] } {
  if (!Array.isArray(data)) return { rows: [], errors: [`${file}: expected a list of rows (YAML "- id: …" items)`] };
  const rows: { id: string; item: Record<string, unknown> }[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  data.forEach((item: unknown, index) => {
    const where = `${file}: row ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(`${where}: expected an object with id, name, …`);
      return;
    }
    const id = (item as Record<string, unknown>).id;
    if (typeof id !== 'string' || !KEBAB_CASE.test(id)) {
      errors.push(`${where}: field "id" must be a lowercase kebab-case string, got ${JSON.stringify(id)}`);
    } else if (seen.has(id)) {
      errors.push(`${where} (id "${id}"): field "id" duplicates an earlier row; ids must be unique`);
    } else {
      seen.add(id);
      rows.push({ id, item: item as Record<string, unknown> });
    }
  });
  return { rows, errors };
}
