/**
 * The reader's colour theme: `auto` follows the system; `light` and `dark` are kept in
 * localStorage and set as `<html data-theme>`, which global.css turns into `color-scheme`.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'kb-theme';

/** A stored value as a theme; anything else (nothing stored, an old or foreign value) is `auto`. */
export function storedTheme(value: string | null): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'auto';
}

/**
 * Runs in <head> before anything is painted, so a page never flashes the other theme. Plain and
 * tiny, because it blocks rendering; the CSP allows it by its hash (astro.config.mjs). Storage may
 * be unavailable (privacy settings): then the system's theme applies.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(${JSON.stringify(THEMES.filter((theme) => theme !== 'auto'))}.indexOf(t)>=0)document.documentElement.dataset.theme=t}catch(e){}`;
