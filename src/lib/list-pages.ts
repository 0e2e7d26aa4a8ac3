/**
 * Lists that do not grow with the knowledge base: how many articles the home shows, and how the
 * archive and tag lists are cut into pages so no page outgrows its byte budget at 10,000 articles
 * (tests/scale/). Pure, so the routes and the tests' site plan cut lists the same way.
 */

/** The newest articles on a locale's home; the rest is one tap away (archive, tags, search). */
export const HOME_NEWEST = 10;

/** Articles on one page of a tag, archive or translation work list. */
export const LIST_PAGE_SIZE = 50;

/** A year with more articles than this has a page per month; its own page lists the months. */
export const LONG_YEAR = 100;

/** `items` cut into pages of `size` (always at least one page, maybe empty). */
export function pageSlices<T>(items: T[], size = LIST_PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** The address segment of page `number` of a list: none for the first, `2/` for the second. */
export function pageSegment(number: number): string {
  return number > 1 ? `${number}/` : '';
}

/** `2017-04`: the UTC year and month of a date, as the archive groups by them. */
function yearMonth(date: Date): { year: string; month: string } {
  const iso = date.toISOString();
  return { year: iso.slice(0, 4), month: iso.slice(5, 7) };
}

export interface ArchiveMonth<T> {
  /** `04` */
  month: string;
  items: T[];
}

export interface ArchiveYear<T> {
  /** `2017` */
  year: string;
  /** Newest month first, each newest article first (for newest-first input). */
  months: ArchiveMonth<T>[];
  /** All of the year's items, in their order. */
  items: T[];
  /** More than LONG_YEAR articles: the year's page lists its months, each month has pages of its own. */
  long: boolean;
}

/** Groups newest-first items by year and month, keeping their order. */
export function archiveYears<T extends { pubDate: Date }>(items: T[], longYear = LONG_YEAR): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const item of items) {
    const { year, month } = yearMonth(item.pubDate);
    let last = years.at(-1);
    if (last?.year !== year) years.push((last = { year, months: [], items: [], long: false }));
    const lastMonth = last.months.at(-1);
    if (lastMonth?.month === month) lastMonth.items.push(item);
    else last.months.push({ month, items: [item] });
    last.items.push(item);
  }
  for (const year of years) year.long = year.items.length > longYear;
  return years;
}

/** One page of the archive: a year (all its months, or the list of them), or one page of a long year's month. */
export interface ArchivePage<T> {
  /** The address below `/<locale>/archive/`: `2017/`, `2017/04/`, `2017/04/2/`. */
  segments: string;
  year: ArchiveYear<T>;
  /** On a long year's month pages. */
  month?: ArchiveMonth<T>;
  /** The articles this page lists (a long year's own page lists none, only its months). */
  items: T[];
  page: number;
  pages: number;
}

/** Every archive page of newest-first items. */
export function archivePages<T extends { pubDate: Date }>(
  items: T[],
  { longYear = LONG_YEAR, pageSize = LIST_PAGE_SIZE } = {},
): ArchivePage<T>[] {
  return archiveYears(items, longYear).flatMap((year): ArchivePage<T>[] => {
    if (!year.long) return [{ segments: `${year.year}/`, year, items: year.items, page: 1, pages: 1 }];
    return [
      { segments: `${year.year}/`, year, items: [], page: 1, pages: 1 },
      ...year.months.flatMap((month) => {
        const slices = pageSlices(month.items, pageSize);
        return slices.map((slice, index) => ({
          segments: `${year.year}/${month.month}/${pageSegment(index + 1)}`,
          year,
          month,
          items: slice,
          page: index + 1,
          pages: slices.length,
        }));
      }),
    ];
  });
}

/**
 * Up to this many article files, every page carries its CSS and scripts (one request per page).
 * Beyond, they are files per page kind, cached for a year: at 10,000 articles the copies in the
 * pages were 200 MiB of the site for the CSS (BENCHMARKS.md) and 15 MiB for each small script
 * every page has, more than a host takes with the rest.
 */
export const INLINE_ASSETS_MAX_ARTICLES = 1000;

/** Astro's `build.inlineStylesheets` for a base of `articleFiles` articles. */
export function stylesheetMode(articleFiles: number): 'always' | 'never' {
  return articleFiles <= INLINE_ASSETS_MAX_ARTICLES ? 'always' : 'never';
}

/** Whether page scripts (up to 8 KiB each) are written into the pages of a base of `articleFiles` articles. */
export function inlinesScripts(articleFiles: number): boolean {
  return articleFiles <= INLINE_ASSETS_MAX_ARTICLES;
}
