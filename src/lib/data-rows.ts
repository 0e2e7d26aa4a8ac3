import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { KEBAB_CASE } from './article-files.ts';
import { checkData, gotValue } from './schema-errors.ts';

/**
 * Checks the list shape of a data file before the schema sees the rows: every row is an object
 * with a unique kebab-case `id`. Each message names the file, the row and the field.
 * - `checkRowIds([{ id: 'a' }, { id: 'a' }], 'x.yaml')` → errors: duplicate id "a"
 */
export function checkRowIds(
  data: unknown,
  file: string,
): { rows: { id: string; item: Record<string, unknown>; index: number }[]; errors: string[] } {
  if (!Array.isArray(data)) return { rows: [], errors: [`${file}: expected a list of rows (YAML "- id: …" items)`] };
  const rows: { id: string; item: Record<string, unknown>; index: number }[] = [];
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
      errors.push(`${where}: field "id" must be a lowercase kebab-case string${gotValue(id)}`);
    } else if (seen.has(id)) {
      errors.push(`${where} (id "${id}"): field "id" duplicates an earlier row; ids must be unique`);
    } else {
      seen.add(id);
      rows.push({ id, item: item as Record<string, unknown>, index });
    }
  });
  errors.push(...checkFormerIds(rows, file));
  return { rows, errors };
}

/**
 * A row's `formerIds` (earlier ids, whose links land on it) must be no row's id and no other
 * row's former id: a `#fragment` lands on one row only. Each message names both rows.
 */
function checkFormerIds(rows: { id: string; item: Record<string, unknown>; index: number }[], file: string): string[] {
  const errors: string[] = [];
  const owner = new Map(rows.map(({ id, index }) => [id, `row ${index + 1} (id "${id}")`]));
  for (const { id, item, index } of rows) {
    const formerIds = Array.isArray(item.formerIds) ? item.formerIds : [];
    for (const formerId of formerIds) {
      if (typeof formerId !== 'string') continue; // the schema reports it
      const where = `${file}: row ${index + 1} (id "${id}"): field "formerIds": "${formerId}"`;
      const taken = owner.get(formerId);
      if (taken) errors.push(`${where} is already taken by ${taken}; a #fragment lands on one row only`);
      else owner.set(formerId, `row ${index + 1} (id "${id}", as a former id)`);
    }
  }
  return errors;
}

/**
 * Reads a YAML data file into rows: its ids checked (`checkRowIds`), every row's fields
 * validated with `schema`, each with its `position` in the file (0-based). Returns the rows or
 * every problem, each naming the file, the row and the field.
 */
export function parseDataRows<T extends z.ZodType>(
  text: string,
  file: string,
  schema: T,
): { rows: { id: string; data: z.output<T> }[]; errors: string[] } {
  let data: unknown;
  try {
    // The YAML parser takes a byte order mark for content; editors on Windows write one.
    data = parse(text.replace(/^\uFEFF/, ''), { prettyErrors: true });
  } catch (error) {
    return { rows: [], errors: [`${file}: not valid YAML: ${(error as Error).message}`] };
  }
  const { rows, errors } = checkRowIds(data, file);
  const valid: { id: string; data: z.output<T> }[] = [];
  for (const { id, item, index } of rows) {
    const fields: Record<string, unknown> = { ...item, position: index };
    delete fields.id; // the id is the entry's key, not a field of its data
    const checked = checkData(schema, fields, `${file}: row ${index + 1} (id "${id}")`);
    if (checked.ok) valid.push({ id, data: checked.data });
    else errors.push(...checked.errors);
  }
  return { rows: valid, errors };
}
