/**
 * <kb-search-shortcut>: around the site's search field (the header's, or the search page's own).
 * `/` and Ctrl/⌘+K focus it from anywhere on the page, except while typing in another field;
 * Escape leaves it for where the reader was (and closes the phone's menu, as the popover does).
 */
import { isSearchShortcut, SEARCH_SHORTCUTS } from '../lib/search-shortcut.ts';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class KbSearchShortcut extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input')!;
    input.setAttribute('aria-keyshortcuts', SEARCH_SHORTCUTS);
    let cameFrom: HTMLElement | undefined;
    document.addEventListener('keydown', (event) => {
      if (!isSearchShortcut(event, isTyping(event.target))) return;
      event.preventDefault();
      const active = document.activeElement;
      cameFrom = active instanceof HTMLElement && active !== document.body ? active : undefined;
      // On a phone the header's field is in the closed menu (SiteHeader.astro): open it first.
      if (!input.checkVisibility()) input.closest<HTMLElement>('[popover]')?.showPopover?.();
      input.focus();
      input.select();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault(); // leaves the query as it is (a search field would clear it)
      input.blur();
      const menu = input.closest<HTMLElement>('[popover]');
      if (menu && 'hidePopover' in menu && menu.matches(':popover-open')) menu.hidePopover();
      cameFrom?.focus();
      cameFrom = undefined;
    });
  }
}

customElements.define('kb-search-shortcut', KbSearchShortcut);
