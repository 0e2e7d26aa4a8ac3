/**
 * "Did you mean …": the words of the articles (built into /search-words.txt) and the nearest of
 * them to a mistyped query word. Pagefind matches whole words and their beginnings only, so a
 * letter wrong inside a word finds nothing, or something else.
 */

/** Words shorter than this are not corrected: too many short words lie one letter apart. */
const MIN_WORD = 4;

/** What a word is, for the vocabulary and the query alike (Pagefind keeps `_` inside words too). */
const WORD = /[\p{L}\p{N}_]+/gu;

/** The words of `text`, lower-cased, that are long enough to correct and not plain numbers. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length >= MIN_WORD && !/^[\d_]+$/.test(word));
}

/**
 * At most this many words are suggested from: the file stays under its 512 KiB (gzip) budget
 * however many articles there are (50,000 words of 4 to 14 random letters: about 300 KiB).
 * A word found in a single article of a very large base may then not be offered.
 */
export const MAX_WORDS = 50_000;

/**
 * The vocabulary of a set of texts (one per article): each word once, those in the most texts
 * first (so of two equally near words the more common one is suggested), then alphabetically;
 * the first `MAX_WORDS` of them.
 */
export function vocabulary(texts: Iterable<string>): string[] {
  const documents = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) documents.set(word, (documents.get(word) ?? 0) + 1);
  }
  return [...documents]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_WORDS)
    .map(([word]) => word);
}

/**
 * The edit distance of `a` and `b` (insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count 1), or `max + 1` as soon as it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // A swap reaches back two rows, so both must be past `max`.
    if (rowMin > max && previousMin > max) return max + 1;
    [before, previous, previousMin] = [previous, current, rowMin];
  }
  return previous[b.length]!;
}

/** How many letters may be wrong: one in a short word, two in a longer one. */
const allowedEdits = (word: string) => (word.length <= 5 ? 1 : 2);

/**
 * The query with each unknown word replaced by the nearest word of `words` (a vocabulary, most
 * common first), or undefined when no word needs it. A word is known when it is in the vocabulary
 * or begins one (Pagefind finds it as a prefix).
 */
export function correctedQuery(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const corrected = query.replace(WORD, (typed) => {
    const word = typed.toLowerCase();
    if (word.length < MIN_WORD || known.has(word) || /^[\d_]+$/.test(word)) return typed;
    if (words.some((candidate) => candidate.startsWith(word))) return typed;
    let best: string | undefined;
    let bestDistance = allowedEdits(word) + 1;
    for (const candidate of words) {
      const distance = editDistance(word, candidate, bestDistance - 1);
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
      if (bestDistance === 1) break; // the most common word one edit away
    }
    if (!best) return typed;
    changed = true;
    return best;
  });
  return changed ? corrected : undefined;
}
