/**
 * What the search page shows of a Pagefind result: its address in the reader's locale, and
 * excerpts that start at a sentence of the section they come from. Pure, so it is unit-tested;
 * src/components/search.ts fetches the results and renders these.
 */

/** The parts of a Pagefind result's data this page reads (Pagefind 1.x). */
export interface PagefindResultData {
  url: string;
  /** The indexed text, words separated by whitespace; `locations` count those words. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results: {
    title: string;
    url: string;
    locations: number[];
    anchor?: { id: string; text: string; location: number };
  }[];
}

/** A run of excerpt text; `marked` where it is a word the query matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  /** The published date (YYYY-MM-DD), from the page's `published` meta. */
  published?: string;
  /** The text's language, where it is not the reader's. */
  lang?: string;
  /** From the text before the first heading, where the query matched there. */
  excerpt?: ExcerptPart[];
  sections: { url: string; title: string; excerpt: ExcerptPart[] }[];
}

/** Words of an excerpt: the text of a result, or of one of its sections, around the first match. */
const PAGE_EXCERPT_WORDS = 32;
const SECTION_EXCERPT_WORDS = 20;
const MAX_SECTIONS = 3;
/** A word that ends a sentence (closing quotes and brackets may follow the full stop). */
const SENTENCE_END = /[.!?:;]["'”’“»«)\]]*$/;
/** Abbreviations whose full stops end no sentence: "e.g.", "i.e.", German "z. B.". */
const ABBREVIATION = /^\(?(\p{L}\.)+$/u;
const endsSentence = (word: string) => SENTENCE_END.test(word) && !ABBREVIATION.test(word);

/**
 * The excerpt of `words[from, to)` around the first of `matches` in it: from the start of that
 * match's sentence (never before `from`, the start of its section), `length` words long, with the
 * matched words marked. A sentence whose start lies more than half the excerpt before its match
 * starts a few words before it instead, after "…".
 */
export function excerptOf(words: string[], matches: number[], from: number, to: number, length: number): ExcerptPart[] {
  const marked = new Set(matches);
  const first = matches.find((location) => location >= from && location < to) ?? from;
  let start = first;
  while (start > from && !endsSentence(words[start - 1]!)) start -= 1;
  const lead = first - start > length / 2;
  if (lead) start = Math.max(from, first - 4);
  const end = Math.min(to, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMatch: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === isMatch) last.text += text;
    else parts.push({ text, marked: isMatch });
  };
  if (lead) push('… ', false);
  for (let index = start; index < end; index += 1) {
    if (index > start) push(' ', false);
    const word = words[index]!;
    if (!marked.has(index)) push(word, false);
    else {
      // The mark covers the word, not the quotes and punctuation around it.
      const [, before, core, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
      push(before!, false);
      push(core!, true);
      push(after!, false);
    }
  }
  if (end < to && !endsSentence(words[end - 1] ?? '')) push(' …', false);
  return parts;
}

/** A word as compared with the query: lower case, without accents (the German stemmer finds "Bücher" for "Buch"), letters and digits only. */
const normalized = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}_]|\p{M}/gu, '');

/**
 * Whether Pagefind found a word of `query` in the result, rather than a shorter word it fell back
 * to: a query word it does not know, Pagefind shortens until something matches ("xtrabakup" finds
 * the letter "X", "CloudWatch" the word "cloud"). A matched word counts if it begins with a query
 * word (a search as you type), or if it begins the query word and lacks at most three of its
 * letters (another form of the word: "clubs" finds "club").
 */
export function matchesQuery(data: Pick<PagefindResultData, 'content' | 'locations'>, query: string): boolean {
  const queryWords = query.split(/\s+/).map(normalized).filter(Boolean);
  const words = data.content.split(/\s+/).filter(Boolean);
  return data.locations.some((location) => {
    const matched = normalized(words[location] ?? '');
    return queryWords.some(
      (word) => matched.startsWith(word) || (word.startsWith(matched.slice(0, 4)) && matched.length >= word.length - 3),
    );
  });
}

/**
 * A Pagefind result as a reader in `readerLocale` sees it: the text's language where it is
 * another (its `lang` meta); the excerpt of the text before the first heading where the query
 * matched it; up to three matching sections, each with its own excerpt.
 */
export function resultView(data: PagefindResultData, readerLocale: string): ResultView {
  const words = data.content.split(/\s+/).filter(Boolean);
  const anchors = data.sub_results
    .flatMap(({ anchor }) => (anchor ? [anchor] : []))
    .sort((a, b) => a.location - b.location);
  const sectionEnd = (location: number) =>
    anchors.find((anchor) => anchor.location > location)?.location ?? words.length;
  const locations = [...data.locations].sort((a, b) => a - b);
  const title = data.meta.title ?? data.url;
  // The text begins with the title (the article's h1), which the result shows already.
  const titleWords = title.split(/\s+/).filter(Boolean);
  const introStart = titleWords.every((word, index) => normalized(words[index] ?? '') === normalized(word))
    ? titleWords.length
    : 0;
  const introEnd = anchors[0]?.location ?? words.length;
  return {
    url: data.url,
    title,
    published: data.meta.published,
    lang: data.meta.lang && data.meta.lang !== readerLocale ? data.meta.lang : undefined,
    excerpt: locations.some((location) => location >= introStart && location < introEnd)
      ? excerptOf(words, locations, introStart, introEnd, PAGE_EXCERPT_WORDS)
      : undefined,
    sections: data.sub_results
      .filter((sub) => sub.anchor && sub.url.includes('#'))
      .slice(0, MAX_SECTIONS)
      .map(({ title, url: address, locations: matches, anchor }) => {
        const bodyStart = anchor!.location + anchor!.text.split(/\s+/).filter(Boolean).length;
        return {
          url: address,
          title,
          excerpt: excerptOf(
            words,
            [...matches].sort((a, b) => a - b),
            bodyStart,
            sectionEnd(anchor!.location),
            SECTION_EXCERPT_WORDS,
          ),
        };
      }),
  };
}
