/**
 * The small text format of table reasons: plain text with `[links](https://…)`, and optionally
 * a numbered list as lines starting with "1. ", "2. ", … after an introducing line.
 */

export type Inline = string | { text: string; href: string };
export type Block = { paragraph: Inline[] } | { list: Inline[][] };

const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

/** `'Can [scale](https://x)'` → `['Can ', { text: 'scale', href: 'https://x' }]` */
export function parseInlines(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ text: match[1]!, href: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Splits into a paragraph and, where lines start with "N. ", one numbered list. */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    const item = /^\d+\.\s+(.*)$/.exec(line);
    const previous = blocks.at(-1);
    if (item && previous && 'list' in previous) previous.list.push(parseInlines(item[1]!));
    else if (item) blocks.push({ list: [parseInlines(item[1]!)] });
    else if (line.trim()) blocks.push({ paragraph: parseInlines(line) });
  }
  return blocks;
}

/** Link targets in order: `'Can [scale](https://x)'` → `['https://x']`. */
export function linkTargets(text: string): string[] {
  return [...text.matchAll(LINK)].map((match) => match[2]!);
}

/** The text a reader sees, for search, JSON and CSV: `'Can [scale](https://x)'` → `'Can scale'`. */
export function plainText(text: string): string {
  return text.replace(LINK, '$1').replace(/\n/g, ' ');
}
