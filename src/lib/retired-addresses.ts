import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { retiredSchema } from './content-schemas.ts';
import { RETIRED_FILE } from './published-links.ts';
import { checkData } from './schema-errors.ts';

/**
 * The retired addresses of content/retired.yaml (address → where its readers go), validated with
 * the schema; a missing file retires nothing. Throws every problem at once, each naming the file,
 * the address and what is wrong. Read by the redirect routes and by the build's link check.
 */
export function readRetiredAddresses(root = '.'): Map<string, string> {
  const file = join(root, RETIRED_FILE);
  if (!existsSync(file)) return new Map();
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { prettyErrors: true }) ?? {};
  } catch (error) {
    throw new Error(`${RETIRED_FILE}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const checked = checkData(retiredSchema, data, RETIRED_FILE);
  if (!checked.ok) throw new Error(`Invalid retired addresses:\n- ${checked.errors.join('\n- ')}`);
  return new Map(Object.entries(checked.data));
}
