/** Words per minute for technical prose (a conservative figure; code is read slower). */
const WORDS_PER_MINUTE = 200;

/** Counts words in text (any script, numbers included): `"Hello, big world"` → 3. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}

/** Whole minutes to read a text, at least 1. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
