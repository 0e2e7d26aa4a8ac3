/**
 * Firefox and WebKit behind one small interface, so the reader journeys (journeys.ts) are written
 * once: Firefox ESR through WebDriver BiDi (puppeteer-core), WebKitGTK's MiniBrowser through
 * WebKitWebDriver (selenium-webdriver) on an Xvfb display. The browsers are found in
 * tests/support/browsers.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { firefoxPath, firefoxPrefs, webkit } from '../support/browsers.ts';

export interface Engine {
  name: 'Firefox' | 'WebKit';
  /** Sets the window's inner size as near as the engine allows; returns the inner width it got. */
  resize(width: number, height: number): Promise<number>;
  open(url: string): Promise<void>;
  /** Runs `body` (a function body that may `return`) in the page. */
  evaluate<T>(body: string): Promise<T>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Script errors the engine reported since the last call (Firefox; WebKit's driver reports none). */
  takeErrors(): string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Engine> {
  if (!firefoxPath) throw new Error('Firefox ESR is not installed (Debian: apt-get install firefox-esr)');
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs,
  });
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    name: 'Firefox',
    async resize(width, height) {
      await page.setViewport({ width, height });
      return page.evaluate(() => innerWidth);
    },
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <T>(body: string) => page.evaluate(`(() => { ${body} })()`) as Promise<T>,
    click: (selector) => page.click(selector),
    async type(selector, text) {
      await page.type(selector, text);
    },
    async select(selector, value) {
      await page.select(selector, value);
    },
    takeErrors: () => errors.splice(0),
    close: () => browser.close(),
  };
}

/** A free loopback port for WebKitWebDriver. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Waits until `url` answers (the driver has started). */
async function answering(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

export async function launchWebKit(): Promise<Engine> {
  const { driver: driverPath, browser, xvfb, args } = webkit;
  if (!driverPath || !browser || !xvfb)
    throw new Error('WebKit is not installed (Debian: apt-get install webkit2gtk-driver xvfb)');
  // A display of its own: -displayfd tells which number the X server took.
  const display = spawn(xvfb, ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    display.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    display.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const port = await freePort();
  const driverProcess = spawn(driverPath, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: `:${number}` },
  });
  const stop = () => {
    driverProcess.kill();
    display.kill();
  };
  let driver: WebDriver;
  try {
    await answering(`http://127.0.0.1:${port}/status`, driverProcess);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: browser, args } })
      .build();
  } catch (error) {
    stop();
    throw error;
  }
  return {
    name: 'WebKit',
    async resize(width, height) {
      // The window's size; the page gets what is left inside it (MiniBrowser has a minimum width).
      await driver.manage().window().setRect({ width, height });
      const inner = (await driver.executeScript('return [innerWidth, innerHeight]')) as [number, number];
      await driver
        .manage()
        .window()
        .setRect({ width: width + (width - inner[0]), height: height + (height - inner[1]) });
      return driver.executeScript('return innerWidth');
    },
    async open(url) {
      await driver.get(url);
    },
    evaluate: <T>(body: string) => driver.executeScript<T>(body),
    async click(selector) {
      await driver.findElement(By.css(selector)).click();
    },
    async type(selector, text) {
      await driver.findElement(By.css(selector)).sendKeys(text);
    },
    async select(selector, value) {
      await driver.findElement(By.css(`${selector} option[value="${value}"]`)).click();
    },
    takeErrors: () => [],
    async close() {
      try {
        await driver.quit();
      } finally {
        stop();
      }
    },
  };
}
