/**
 * The "Is it serverless?" table: its vocabulary and the pure logic behind filtering, search,
 * sorting and the URL state. The schema, the component and the browser element all import from here.
 */

/** The table's rows, one per service, from the project root. */
export const SERVICES_FILE = 'content/serverless/services.yaml';

export const VERDICTS = ['yes', 'depends', 'no'] as const;
export const PROVIDERS = ['aws', 'azure', 'google', 'akamai', 'open-source'] as const;
export const CATEGORIES = [
  'container-orchestration',
  'container-compute',
  'serverless-platform',
  'platform-as-a-service',
  'edge-compute',
  'relational-database',
  'nosql-database',
  'streaming',
  'messaging',
] as const;
/** How the table shows each verdict next to its label. */
export const VERDICT_ICONS: Record<Verdict, string> = { yes: '✅', depends: '🤔', no: '❌' };
export const SORT_COLUMNS = ['name', 'verdict', 'provider', 'category'] as const;

export type Verdict = (typeof VERDICTS)[number];
export type Provider = (typeof PROVIDERS)[number];
export type Category = (typeof CATEGORIES)[number];
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface TableState {
  verdict?: Verdict;
  provider?: Provider;
  /** Free-text search as typed. */
  q: string;
  sort?: { column: SortColumn; descending: boolean };
}

/** What filtering and sorting need to know about one row. */
export interface RowFacts {
  verdict: Verdict;
  provider: Provider;
  /** Sort keys per column, already in the page's language (e.g. the provider's label). */
  keys: Record<SortColumn, string>;
  /** Normalized text of name, category and reason in the page's language. */
  text: string;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/**
 * Reads `?verdict=yes&provider=aws&q=aurora&sort=-name`; anything unknown or malformed is ignored.
 * - `parseTableState('?verdict=maybe&q=%20x')` → `{ q: 'x' }`
 */
export function parseTableState(search: string): TableState {
  const params = new URLSearchParams(search);
  // At most 200 characters, counted whole (an emoji is never cut in half), and trimmed after the cut.
  const q = [...(params.get('q') ?? '').trim()].slice(0, 200).join('').trim();
  const state: TableState = { q };
  const verdict = params.get('verdict');
  if (isOneOf(VERDICTS, verdict)) state.verdict = verdict;
  const provider = params.get('provider');
  if (isOneOf(PROVIDERS, provider)) state.provider = provider;
  const sort = params.get('sort') ?? '';
  const column = sort.replace(/^-/, '');
  if (isOneOf(SORT_COLUMNS, column)) state.sort = { column, descending: sort.startsWith('-') };
  return state;
}

/**
 * A sort as the address (and the phones' "Sort by" control) writes it: `name`, `-name` for
 * descending; `` for the author's order.
 */
export function sortParam(sort: TableState['sort']): string {
  return sort ? `${sort.descending ? '-' : ''}${sort.column}` : '';
}

/**
 * The query string for a state (empty when nothing is set), in a fixed parameter order.
 * - `serializeTableState({ verdict: 'yes', q: '' })` → `?verdict=yes`
 */
export function serializeTableState(state: TableState): string {
  const params = new URLSearchParams();
  if (state.verdict) params.set('verdict', state.verdict);
  if (state.provider) params.set('provider', state.provider);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort) params.set('sort', sortParam(state.sort));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Case- and accent-insensitive form for search; punctuation becomes a space.
 * - `normalizeSearchText('Größe, Café!')` → `grosse cafe` (so "Grösse" and "grosse" match too)
 */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}$.+/]+/gu, ' ')
    .trim();
}

/**
 * A predicate for the rows a state shows: filters match exactly, every search word must occur
 * in the row's text. The query is normalized once, not per row.
 */
export function rowFilter(state: TableState): (row: RowFacts) => boolean {
  const words = normalizeSearchText(state.q).split(' ').filter(Boolean);
  return (row) =>
    (!state.verdict || row.verdict === state.verdict) &&
    (!state.provider || row.provider === state.provider) &&
    words.every((word) => row.text.includes(word));
}

// Created at the first sort, not when the module loads: building a collator loads ICU's collation
// data, about 30 ms on the page's start-up path measured in Chromium's trace.
const collators = new Map<string, Intl.Collator>();

/**
 * Row indexes in display order: by the chosen column (verdicts in the order yes, depends, no),
 * compared as the page's language `locale` sorts (not the browser's default, which may be none:
 * WebKitGTK without a system locale put "AWS" before "Amazon"); ties and "no sort" keep the
 * author's order.
 */
export function sortedIndexes(rows: RowFacts[], sort: TableState['sort'], locale: string): number[] {
  const indexes = rows.map((_, index) => index);
  if (!sort) return indexes;
  const key = (row: RowFacts) =>
    sort.column === 'verdict' ? String(VERDICTS.indexOf(row.verdict)) : row.keys[sort.column];
  const direction = sort.descending ? -1 : 1;
  let text = collators.get(locale);
  if (!text) collators.set(locale, (text = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return indexes.sort((a, b) => direction * text.compare(key(rows[a]!), key(rows[b]!)) || a - b);
}

/**
 * The rows to display, in `order`: those the state matches, at most `limit` of them (a table of
 * thousands of rows stays fast when only the first few hundred matches are laid out).
 * `matching` counts all matches, for the result count.
 */
export function selectRows(
  rows: RowFacts[],
  state: TableState,
  order: number[],
  limit = Number.POSITIVE_INFINITY,
): { indexes: number[]; matching: number } {
  const matches = rowFilter(state);
  const indexes: number[] = [];
  let matching = 0;
  for (const index of order) {
    if (!matches(rows[index]!)) continue;
    matching += 1;
    if (indexes.length < limit) indexes.push(index);
  }
  return { indexes, matching };
}
