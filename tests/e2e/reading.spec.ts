/**
 * The look of a well-made book, measured in Chromium on one page of every kind in both locales:
 * headings attached to their sections, a body measure of 60–78 characters with common system fonts,
 * one left edge at every width, one code size, and every text at 4.5:1 in both themes (axe checks
 * the text of the page in every-page.spec.ts; placeholders, which it skips, are checked here); and
 * the first screen of a phone: where the text starts, the heading scale, code, tags and lists.
 */
import { expect, type Page } from '@playwright/test';
import { installAxe } from '../support/axe.ts';
import { onePageOfEveryKind } from '../support/page-kinds.ts';
import { plannedArticlePages, plannedNewestFirst } from '../support/site-plan.ts';
import { contrast } from '../support/contrast.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { tagLabel } from '../../src/lib/tags.ts';
import { withWorkerPage } from '../support/worker-page.ts';

const test = withWorkerPage({}, installAxe);
const pages = onePageOfEveryKind();
/** The fonts a reader's system is likely to give the text (Arial's widths in Liberation Sans). */
const FONTS = ['DejaVu Sans', 'Liberation Sans'];
/** From a phone to a large desktop: the pages' breakpoints lie between them (40, 64, 72 and 80 rem). */
const WIDTHS = [320, 375, 1024, 1280, 1600, 1920];

interface HeadingSpace {
  level: string;
  text: string;
  above: number;
  below: number;
  /** Right under another heading. */
  underHeading: boolean;
}

/** Space above and below every h2 and h3 in main: to the nearest box in the flow before and after it. */
function headingSpaces(page: Page): Promise<HeadingSpace[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    // Boxes in the flow: not floated or positioned out of it (the contents beside the text), not empty.
    const inFlow = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.float === 'none' && !['absolute', 'fixed', 'sticky'].includes(style.position) && box.height > 0;
    };
    const neighbour = (element: Element, forward: boolean): Element | null => {
      for (let current: Element | null = element; current && current !== main; current = current.parentElement) {
        let sibling = forward ? current.nextElementSibling : current.previousElementSibling;
        while (sibling && !inFlow(sibling))
          sibling = forward ? sibling.nextElementSibling : sibling.previousElementSibling;
        if (sibling) return sibling;
      }
      return null;
    };
    // Not the sections a fallback page lists (FallbackOutline.astro): headings set as a compact list.
    return [...main.querySelectorAll(':is(h2, h3):not(.outline .prose > *)')].filter(inFlow).flatMap((heading) => {
      const before = neighbour(heading, false);
      const after = neighbour(heading, true);
      if (!before || !after) return [];
      const box = heading.getBoundingClientRect();
      return [
        {
          level: heading.tagName.toLowerCase(),
          text: heading.textContent!.trim().slice(0, 40),
          above: Math.round(box.top - before.getBoundingClientRect().bottom),
          underHeading: /^H[1-6]$/.test(before.tagName),
          below: Math.round(after.getBoundingClientRect().top - box.bottom),
        },
      ];
    });
  });
}

/**
 * Prose of the author in `locale`, from an article's source: its paragraphs with the Markdown marks
 * taken out. Set into the page's text column to count the characters per line a reader gets there.
 */
function proseSample(locale: string): string {
  const article = plannedArticlePages().find((page) => page.locale === locale && page.kind === 'original')!;
  const paragraphs = article.shown.body
    .split(/\n{2,}/)
    .filter((block) => /^[A-ZÄÖÜa-zäöü]/.test(block) && !block.includes('|') && !block.startsWith('import'))
    .map((block) =>
      block
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' '),
    );
  return paragraphs.join(' ').slice(0, 2500);
}

/**
 * Characters per line of body text in `font`: a paragraph of `sample` placed beside the page's
 * first paragraph (so in its column, with its styles), its full lines counted in the browser.
 */
function charactersPerLine(
  page: Page,
  font: string,
  sample: string,
): Promise<{ available: boolean; lines: number; characters: number }> {
  return page.evaluate(
    ({ font, sample }) => {
      const first = document.querySelector('.prose p') ?? document.querySelector('main h1')!;
      const probe = document.createElement('p');
      probe.textContent = sample;
      probe.style.fontFamily = `'${font}'`;
      first.after(probe);
      const text = probe.firstChild!;
      const range = document.createRange();
      const lengths = new Map<number, number>();
      for (let index = 0; index < sample.length; index++) {
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lengths.set(top, (lengths.get(top) ?? 0) + 1);
      }
      const full = [...lengths.values()].slice(0, -1); // the last line ends the text, not the column
      const available = document.fonts.check(`${getComputedStyle(probe).fontSize} '${font}'`);
      probe.remove();
      return {
        available,
        lines: full.length,
        characters: Math.round(full.reduce((sum, length) => sum + length, 0) / full.length),
      };
    },
    { font, sample },
  );
}

/** Left edges of the site's name, the title, the first paragraph of the text and the footer's text. */
function leftEdges(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const left = (selector: string) => Math.round(document.querySelector(selector)!.getBoundingClientRect().left);
    // The text's first paragraph; on pages without one (contact, tags) the first block after the title.
    const text = ['.prose p', 'main p', 'main h1 + *'].find((selector) => document.querySelector(selector))!;
    return {
      'site name': left('.site-title'),
      h1: left('main h1'),
      [text]: left(text),
      'footer text': left('.site-footer p'),
    };
  });
}

/** Contrast of each placeholder with the field's background, as axe-core computes contrast. */
function placeholderContrasts(page: Page): Promise<{ field: string; contrast: number }[]> {
  return page.evaluate(() => {
    type AxeColor = { parseString(value: string): AxeColor };
    const { color } = (
      window as unknown as {
        axe: {
          commons: {
            color: {
              Color: new () => AxeColor;
              getContrast(background: AxeColor, foreground: AxeColor): number;
            };
          };
        };
      }
    ).axe.commons;
    return [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')]
      .filter((input) => input.getBoundingClientRect().width > 0)
      .map((input) => {
        // The fields have an opaque background of their own (global.css).
        const background = new color.Color().parseString(getComputedStyle(input).backgroundColor);
        const foreground = new color.Color().parseString(getComputedStyle(input, '::placeholder').color);
        return { field: input.id || input.name, contrast: color.getContrast(background, foreground) };
      });
  });
}

test('the pages measured are one of every kind in both locales', () => {
  expect(pages.filter((path) => path.startsWith('/de/')).length).toBeGreaterThanOrEqual(8);
  expect(pages.filter((path) => path.startsWith('/en/')).length).toBeGreaterThanOrEqual(8);
});

for (const path of pages) {
  test(`${path}: heading rhythm, measure, one left edge from 320 to 1920 px, placeholder contrast`, async ({
    workerPage: page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);

    // h2: at least 2.5 times more space above than below. A heading right under another (a section
    // that opens with a subsection) belongs to the one above: more space above than below suffices.
    const spaces = await headingSpaces(page);
    for (const { level, text, above, below, underHeading } of spaces) {
      expect(below, `${level} "${text}": space below`).toBeGreaterThan(0);
      const factor = level === 'h2' || !underHeading ? 2.5 : 1.01;
      expect(above, `${level} "${text}": ${above} px above, ${below} px below`).toBeGreaterThanOrEqual(factor * below);
    }
    const h3Above = new Set(spaces.filter(({ level }) => level === 'h3').map(({ above }) => above));
    for (const { text, above } of spaces.filter(({ level }) => level === 'h2'))
      expect(h3Above.has(above), `h2 "${text}" has as much space above (${above} px) as an h3`).toBe(false);

    const sample = proseSample(path.startsWith('/de/') ? 'de' : 'en');
    for (const font of FONTS) {
      const { available, lines, characters } = await charactersPerLine(page, font, sample);
      expect(available, `${font} is installed (.ci/run installs it)`).toBe(true);
      expect(lines, 'full lines of the sample').toBeGreaterThanOrEqual(10);
      expect(characters, `characters per line in ${font}`).toBeGreaterThanOrEqual(60);
      expect(characters, `characters per line in ${font}`).toBeLessThanOrEqual(78);
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const contrasts = await placeholderContrasts(page);
      expect(contrasts.length, 'the site search has a placeholder').toBeGreaterThan(0);
      for (const { field, contrast } of contrasts)
        expect(contrast, `placeholder of ${field} in ${colorScheme}`).toBeGreaterThanOrEqual(4.5);
    }

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const edges = await leftEdges(page);
      const distinct = new Set(Object.values(edges));
      expect(distinct.size, `${width} px: ${JSON.stringify(edges)}`).toBe(1);
    }
  });
}

test('article pages have headings of both levels to measure', async ({ workerPage: page }) => {
  const withSubsections = plannedArticlePages().find((article) => /^### /m.test(article.shown.body))!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(withSubsections.path);
  const levels = new Set((await headingSpaces(page)).map(({ level }) => level));
  expect([...levels].sort()).toEqual(['h2', 'h3']);
});

test('code has one size inside and outside blocks', async ({ workerPage: page }) => {
  // An article whose source has both a fenced block and code in a sentence.
  const article = plannedArticlePages().find(
    ({ shown }) => shown.body.includes('```') && /[^`\n]`[^`\n]+`[^`]/.test(shown.body),
  )!;
  await page.goto(article.path);
  const sizes = await page.evaluate(() => {
    const size = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontSize;
    return { block: size('.prose pre code'), inline: size('.prose p code') };
  });
  expect(sizes.block).toBe(sizes.inline);
});

/** The original with the most words: the page whose first screen matters most on a phone. */
const longest = plannedArticlePages()
  .filter((article) => article.kind === 'original')
  .sort((a, b) => countWords(b.shown.body) - countWords(a.shown.body))[0]!;

test('on a 375 × 812 phone the longest article’s text starts within 300 px of the top', async ({
  workerPage: page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(longest.path);
  const top = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.prose > p')!);
    return range.getClientRects()[0]!.top;
  });
  expect(top).toBeGreaterThan(0);
  expect(top).toBeLessThanOrEqual(300);
});

test('the title is at least 1.2 times a section heading at every width; in dark mode headings are a tone apart from the text, both 4.5:1', async ({
  workerPage: page,
}) => {
  await page.goto(longest.path);
  for (const width of [320, 375, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const [h1, h2] = await page.evaluate(() =>
      ['h1', '.prose h2'].map((selector) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize)),
    );
    expect(h1! / h2!, `${width} px: h1 ${h1} px, h2 ${h2} px`).toBeGreaterThanOrEqual(1.2);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  const colours = await page.evaluate(() => {
    const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
    return {
      heading: colour('.prose h2'),
      title: colour('h1'),
      text: colour('.prose > p'),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  expect(colours.heading).not.toBe(colours.text);
  expect(colours.title).toBe(colours.heading);
  expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
  // The step: headings stand out from the page more than the text does.
  expect(contrast(colours.heading, colours.background)).toBeGreaterThanOrEqual(
    1.1 * contrast(colours.text, colours.background),
  );
});

test('code on a 375 px phone shows at least 34 characters of a line; language and Copy share one slim band', async ({
  workerPage: page,
}) => {
  const withCode = plannedArticlePages().filter(
    (article) => article.kind === 'original' && article.shown.body.includes('```'),
  );
  expect(withCode.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 375, height: 812 });
  for (const article of withCode) {
    await page.goto(article.path);
    await expect(page.locator('.copy-code').first()).toBeAttached(); // the script ran
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('.prose .code-block')].map((figure) => {
        const pre = figure.querySelector('pre')!;
        const style = getComputedStyle(pre);
        const probe = document.createElement('span');
        probe.textContent = 'x'.repeat(100);
        pre.querySelector('code')!.append(probe);
        const character = probe.getBoundingClientRect().width / 100;
        probe.remove();
        const middle = (element: Element) => {
          const box = element.getBoundingClientRect();
          return box.top + box.height / 2 - figure.getBoundingClientRect().top;
        };
        const label = figure.querySelector('.code-language');
        return {
          characters: Math.floor(
            (pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / character,
          ),
          label: label?.textContent ?? '',
          labelMiddle: label ? middle(label) : -1,
          copyMiddle: middle(figure.querySelector('.copy-code')!),
          codeTop: pre.querySelector('code')!.getBoundingClientRect().top - figure.getBoundingClientRect().top,
        };
      }),
    );
    expect(blocks.length, article.path).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.characters, `${article.path}: characters of a line`).toBeGreaterThanOrEqual(34);
      expect(block.label, `${article.path}: every band names its language`).not.toBe('');
      expect(
        Math.abs(block.labelMiddle - block.copyMiddle),
        `${article.path}: label and Copy in one band`,
      ).toBeLessThanOrEqual(2);
      expect(block.copyMiddle, `${article.path}: the band is slim`).toBeLessThanOrEqual(16);
      expect(block.codeTop, `${article.path}: the code starts right under the band`).toBeLessThanOrEqual(40);
    }
  }
});

test('home entries show date, reading time and tags (separate items), the description in the muted tone', async ({
  workerPage: page,
}) => {
  for (const locale of ['en', 'de'] as const) {
    await page.goto(`/${locale}/`);
    const newest = plannedNewestFirst(locale).slice(0, 10);
    const entries = await page.locator('.article-list > li').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector(':scope > a')!.textContent!.trim(),
        meta: item.querySelector(':scope > span')!.textContent!.replace(/\s+/g, ' '),
        tags: [...item.querySelectorAll('.tag-list li')].map((tag) => tag.textContent!.trim()),
        descriptionColour: getComputedStyle(item.querySelector(':scope > p')!).color,
        metaColour: getComputedStyle(item.querySelector(':scope > span')!).color,
        titleColour: getComputedStyle(item.querySelector(':scope > a')!).color,
      })),
    );
    expect(entries.length).toBe(newest.length);
    entries.forEach((entry, index) => {
      const source = newest[index]!;
      expect(entry.title).toBe(source.shown.frontmatter.title);
      const minutes = readingMinutes(source.shown.body);
      expect(entry.meta).toContain(
        dictionaries[locale]['article.readingTime'].other.replace('{count}', String(minutes)),
      );
      expect(entry.tags).toEqual(source.shown.frontmatter.tags.map(tagLabel));
      expect(entry.descriptionColour).toBe(entry.metaColour);
      expect(entry.descriptionColour).not.toBe(entry.titleColour);
    });
  }
});

test('an article’s tags are separate items, as its source lists them', async ({ workerPage: page }) => {
  const article = plannedArticlePages().find(
    (article) => article.kind === 'original' && article.shown.frontmatter.tags.some((tag) => tag.includes('-')),
  )!;
  await page.goto(article.path);
  await expect(page.locator('.article-footer .tag-list li')).toHaveText(article.shown.frontmatter.tags.map(tagLabel));
  const gaps = await page
    .locator('.article-footer .tag-list a')
    .evaluateAll((links) =>
      links
        .slice(1)
        .map((link, index) => link.getBoundingClientRect().left - links[index]!.getBoundingClientRect().right),
    );
  for (const gap of gaps.filter((gap) => gap > -100)) expect(gap).toBeGreaterThanOrEqual(4);
});
