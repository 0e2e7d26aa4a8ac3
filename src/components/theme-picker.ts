/**
 * <kb-theme-picker>: the header's Auto / Light / Dark choice. Without JavaScript it is not shown
 * and the system's theme applies; the choice is applied before the first paint by the boot
 * script in <head> (src/lib/theme.ts).
 */
import { storedTheme, THEME_STORAGE_KEY } from '../lib/theme.ts';

class KbThemePicker extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    select.value = storedTheme(readStored());
    select.addEventListener('change', () => {
      const theme = storedTheme(select.value);
      if (theme === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
      try {
        if (theme === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, theme);
      } catch {
        // Storage unavailable: the choice holds for this page only.
      }
    });
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

customElements.define('kb-theme-picker', KbThemePicker);
