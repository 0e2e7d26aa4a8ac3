/**
 * Screenshots of site pages as readers see them: each path at phone and desktop width, in the light
 * and the dark scheme, full page, with the Chromium the browser tests use. For `npm run
 * screenshots` and reviews of a change; the visual regression tests compare their own.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/support/browsers.ts';

export const SCREENSHOT_WIDTHS = [375, 1280] as const;
export const SCREENSHOT_SCHEMES = ['light', 'dark'] as const;

/** The name of the workflow artifact with the pictures of `npm run review` (.github/workflows/ci.yml). */
export const REVIEW_ARTIFACT = 'review-screenshots';

/** `/en/tags/aws/` at 375 px, dark → `en-tags-aws-375-dark.png` */
export function screenshotName(path: string, width: number, scheme: string): string {
  const base =
    path
      .replace(/\.html$/, '')
      .replace(/^\/|\/$/g, '')
      .replaceAll('/', '-') || 'root';
  return `${base}-${width}-${scheme}.png`;
}

/** Writes one PNG per path, width and scheme into `outDir`; returns the files written. */
export async function takeScreenshots(origin: string, paths: string[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const files: string[] = [];
  try {
    for (const width of SCREENSHOT_WIDTHS) {
      for (const colorScheme of SCREENSHOT_SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        for (const path of paths) {
          await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
          const file = join(outDir, screenshotName(path, width, colorScheme));
          await page.screenshot({ path: file, fullPage: true });
          files.push(file);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return files;
}
