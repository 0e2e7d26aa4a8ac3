/** The keys that move focus to the site search from anywhere on a page: `/`, Ctrl+K and ⌘K. */

/** For `aria-keyshortcuts`, which announces them to screen readers. */
export const SEARCH_SHORTCUTS = '/ Control+K Meta+K';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Whether a key press asks for the search; never while the reader types in a field (`typing`). */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  if (typing || press.altKey) return false;
  if (press.key === '/') return !press.ctrlKey && !press.metaKey;
  return press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey);
}
