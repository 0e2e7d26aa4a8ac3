import type { BrowserContext, Page } from '@playwright/test';

/** Records, from the start of every page of the context, the layout shifts no input caused (scrolling is none). */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded on the page so far, e.g. `0.0123 at 140 ms`. */
export const layoutShifts = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
