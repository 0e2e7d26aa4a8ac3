/**
 * Where the reader is, for the table of contents (src/components/table-of-contents.ts): the
 * section whose heading last passed the reading line, a share of the viewport's height below its
 * top (below where a followed section link puts its heading: `scroll-margin-top`, global.css).
 */
export const READING_LINE = 0.3;

/**
 * The index of the current section, given the tops of the page's section headings in document
 * order (px from the top of the viewport, as getBoundingClientRect() gives them); -1 while the
 * first heading is still below the line (the reader is in the introduction). At the end of the
 * page, where the last headings can never reach the line, the last heading on screen.
 * - `currentSection([-900, -40, 350, 1200], 800)` → `1`
 * - `currentSection([120, 900], 800)` → `-1`
 * - `currentSection([-900, 500, 700], 800, true)` → `2`
 */
export function currentSection(tops: readonly number[], viewportHeight: number, atEnd = false): number {
  const line = atEnd ? viewportHeight : viewportHeight * READING_LINE;
  let current = -1;
  for (const [index, top] of tops.entries()) {
    if (top > line) break;
    current = index;
  }
  return current;
}
