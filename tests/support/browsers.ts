/** The browsers of the tests and benchmarks, each found in one place with its offline flags. */
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

/** Firefox ESR (Debian: firefox-esr), driven over WebDriver BiDi by puppeteer-core: KB_FIREFOX_PATH, else the system's. */
export const firefoxPath: string | undefined =
  process.env.KB_FIREFOX_PATH || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));

/** Keeps Firefox off the network: no updates, telemetry, safe-browsing lists or connectivity checks. */
export const firefoxPrefs: Record<string, unknown> = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.region.network.url': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/**
 * WebKit (WebKitGTK, as in GNOME Web; the engine of Safari): its MiniBrowser driven by
 * WebKitWebDriver (Debian: webkit2gtk-driver), on a virtual X display (Debian: xvfb).
 * KB_WEBKIT_BROWSER overrides the browser's path.
 */
export const webkit = {
  driver: ['/usr/bin/WebKitWebDriver'].find((path) => existsSync(path)),
  browser:
    process.env.KB_WEBKIT_BROWSER ||
    ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu']
      .flatMap((lib) => ['4.1', '4.0', '6.0'].map((api) => `${lib}/webkit2gtk-${api}/MiniBrowser`))
      .find((path) => existsSync(path)),
  xvfb: ['/usr/bin/Xvfb'].find((path) => existsSync(path)),
  /** MiniBrowser opens no other page and asks nothing of the network but what it is sent to. */
  args: ['--automation'],
};
