import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What may differ between two builds of the same site without a reader seeing it: the content
 * hash in Astro's asset names, the search index (Pagefind's files carry hashes of their own) and
 * the expiry date of security.txt, counted from the build's clock.
 */
const ASSET_HASH = /(_astro\/[\w.-]+?)\.[\w-]{8}\.(\w+)/g;
const IGNORED = /^pagefind\//;
const BUILD_CLOCK = /^Expires: .*$/m;

/** A built file's path and text with the parts that may differ replaced by placeholders. */
export function normaliseBuiltFile(path: string, text: string): { path: string; text: string } {
  return {
    path: path.replace(ASSET_HASH, '$1.[hash].$2'),
    text: text.replace(ASSET_HASH, '$1.[hash].$2').replace(BUILD_CLOCK, 'Expires: [build time]'),
  };
}

/** The files of a dist folder, normalised, by normalised path (the search index left out). */
export function readDist(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  // Every file, dot folders (.well-known) included.
  const entries = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const path of entries.map((entry) => relative(dist, join(entry.parentPath, entry.name))).sort()) {
    if (IGNORED.test(path)) continue;
    // Bytes as latin1: any file compares exactly, text or not.
    const normalised = normaliseBuiltFile(path, readFileSync(join(dist, path), 'latin1'));
    files.set(normalised.path, normalised.text);
  }
  return files;
}

/** Every difference between two normalised dist folders: files only in one, and files whose text differs (with the first differing line). */
export function distDifferences(before: Map<string, string>, after: Map<string, string>): string[] {
  const differences: string[] = [];
  for (const path of before.keys()) if (!after.has(path)) differences.push(`${path}: only before`);
  for (const [path, text] of after) {
    const old = before.get(path);
    if (old === undefined) differences.push(`${path}: only after`);
    else if (old !== text) {
      const [oldLines, newLines] = [old.split('\n'), text.split('\n')];
      const line = oldLines.findIndex((each, index) => each !== newLines[index]);
      const at = line === -1 ? oldLines.length : line;
      const [was, now] = [oldLines[at] ?? '', newLines[at] ?? ''];
      // Built HTML is a few long lines: show the text around the first differing character.
      let column = 0;
      while (column < was.length && was[column] === now[column]) column += 1;
      const excerpt = (value: string) => JSON.stringify(value.slice(Math.max(0, column - 40), column + 80));
      differences.push(
        `${path}:${at + 1}:${column + 1}: differs\n    before ${excerpt(was)}\n    after  ${excerpt(now)}`,
      );
    }
  }
  return differences;
}
