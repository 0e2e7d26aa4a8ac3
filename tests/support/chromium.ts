import { existsSync } from 'node:fs';

/**
 * The Chromium every browser test and benchmark uses: KB_CHROMIUM_PATH if set, else the system
 * Chromium where installed (Debian: /usr/bin/chromium), else undefined (Playwright's own browser).
 */
export const chromiumPath: string | undefined =
  process.env.KB_CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Keeps Chromium off the network: no background services, no update checks (and no sandbox as root). */
export const chromiumArgs: string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
