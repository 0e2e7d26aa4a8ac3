/**
 * Article texts rendered once per build for all the pages that show them (an original and its
 * fallback pages), each kept only until the last of those pages has taken it.
 */
const texts = new Map<string, { html: Promise<string>; pagesLeft: number }>();

/** The rendered text `id`, shown on `pages` pages: rendered by the first page that asks. */
export function sharedText(id: string, pages: number, render: () => Promise<string>): Promise<string> {
  let text = texts.get(id);
  if (!text) texts.set(id, (text = { html: render(), pagesLeft: pages }));
  text.pagesLeft -= 1;
  if (text.pagesLeft === 0) texts.delete(id);
  return text.html;
}

/**
 * Whether an MDX body renders the same on every page: one that uses a component (`<ServerlessTable />`)
 * may depend on the page's locale, so it is rendered per page.
 */
export function rendersAlike(body: string): boolean {
  return !/<[A-Z]/.test(body);
}
