import type { z } from 'astro/zod';

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/**
 * Validates `data` with a content schema: the parsed data, or one message per problem, each
 * naming where (`content/articles/en/x.mdx`, `content/serverless/services.yaml: row 3 (id "eks")`)
 * and the field. The loaders fail the build with these messages, for every problem at once
 * (Astro's own stops at the first and names the entry id); the unit tests check the same messages.
 * - `checkData(articleSchema, { title: '' }, 'x.mdx')` → errors `x.mdx: field "title": title must not be empty`, …
 */
export function checkData<T extends z.ZodType>(schema: T, data: unknown, where: string): Checked<z.output<T>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(({ path, message }) =>
      // Issues without a path (unknown keys) name the key in their message.
      path.length > 0 ? `${where}: field "${path.map(String).join('.')}": ${message}` : `${where}: ${message}`,
    ),
  };
}

/**
 * How a message shows the value it rejects: `, got "maybe"`, or ` (missing)` where there is none
 * (`JSON.stringify(undefined)` is no string, and "got undefined" tells an author nothing).
 */
export function gotValue(value: unknown): string {
  if (value === undefined) return ' (missing)';
  try {
    return `, got ${JSON.stringify(value)}`;
  } catch {
    // A YAML alias inside its own anchor (`&a [*a]`) makes a value that contains itself.
    return ', got a value that contains itself (a YAML alias inside its own anchor)';
  }
}
