import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations, installAxe } from '../support/axe.ts';
import { contrast } from '../support/contrast.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';

interface Row {
  id: string;
  verdict: string;
  provider: string;
}
const rows = parse(readFileSync('content/serverless/services.yaml', 'utf8')) as Row[];
const TOTAL = rows.length;
const idsWhere = (keep: (row: Row) => boolean) => rows.filter(keep).map((row) => row.id);
const count = { en: (n: number) => `${n} of ${TOTAL} services`, de: (n: number) => `${n} von ${TOTAL} Diensten` };
const reset = { en: 'Reset', de: 'Zurücksetzen' };
const sortBy = { en: 'Sort by', de: 'Sortieren nach' };

async function visibleRowIds(page: Page): Promise<string[]> {
  return page.locator('kb-serverless-table tbody tr:visible').evaluateAll((trs) => trs.map((tr) => tr.id));
}

/**
 * The two layouts of the same HTML: a table where it may be wider than the text column (72rem), a
 * card per row below that (serverless-table.css). Every behaviour is tested in both.
 */
const LAYOUTS = {
  table: { viewport: { width: 1280, height: 720 }, rowDisplay: 'table-row' },
  cards: { viewport: { width: 375, height: 800 }, rowDisplay: 'flex' },
} as const;

for (const [layout, { viewport, rowDisplay }] of Object.entries(LAYOUTS))
  for (const locale of ['en', 'de'] as const) {
    const path = `/${locale}/the-serverless-test/`;

    test.describe(`${layout} (${viewport.width} px)`, () => {
      test.use({ viewport });

      test(`${path}: the rows are laid out as ${layout}, and are still a table's rows to assistive technology`, async ({
        page,
      }) => {
        await page.goto(path);
        const rows = page.locator('kb-serverless-table tbody tr');
        await expect(rows).toHaveCount(TOTAL);
        expect(await rows.evaluateAll((trs) => [...new Set(trs.map((tr) => getComputedStyle(tr).display))])).toEqual([
          rowDisplay,
        ]);
        const table = page.getByRole('table', { name: locale === 'en' ? 'Is it serverless?' : 'Ist es serverless?' });
        await expect(table.getByRole('row')).toHaveCount(TOTAL + 1);
        await expect(table.getByRole('rowheader')).toHaveCount(TOTAL);
        await expect(table.getByRole('cell')).toHaveCount(TOTAL * 4);
        await expect(table.getByRole('columnheader')).toHaveCount(5);
      });

      test.describe(`${path} deep links`, () => {
        const cases: [string, string[]][] = [
          ['?verdict=yes', idsWhere((row) => row.verdict === 'yes')],
          ['?verdict=depends', idsWhere((row) => row.verdict === 'depends')],
          ['?provider=google', idsWhere((row) => row.provider === 'google')],
          ['?verdict=no&provider=aws', idsWhere((row) => row.verdict === 'no' && row.provider === 'aws')],
          ['?q=AURORA', ['aurora-serverless-v1', 'aurora-serverless-v2']],
          ['?q=load%20balancer&verdict=yes', ['ecs-fargate']],
          ['?verdict=maybe&provider=ibm&sort=sideways&utm_source=x', rows.map((row) => row.id)],
          [
            locale === 'de' ? '?q=grundgebuhr' : '?q=base%20fee',
            ['eks', 'azure-aks', 'gke', 'knative', 'elastic-beanstalk'],
          ],
        ];
        for (const [query, expected] of cases) {
          test(`${query} shows ${expected.length} rows`, async ({ page }) => {
            await page.goto(`${path}${query}`);
            await expect(page.locator('kb-serverless-table .count')).toHaveText(count[locale](expected.length));
            expect(await visibleRowIds(page)).toEqual(expected);
          });
        }

        // A link that matches nothing shows no row, only the empty state (it once showed all rows).
        const nothing = idsWhere((row) => row.verdict === 'depends' && row.provider === 'google');
        for (const query of ['?q=zzzz-nothing', '?verdict=depends&provider=google']) {
          test(`${query} shows no row and the empty state`, async ({ page }) => {
            expect(nothing).toEqual([]); // the filter combination really matches no row of the data
            await page.goto(`${path}${query}`);
            await expect(page.locator('kb-serverless-table .count')).toHaveText(count[locale](0));
            await expect(page.locator('kb-serverless-table .empty')).toBeVisible();
            expect(await visibleRowIds(page)).toEqual([]);
            await page.locator('kb-serverless-table').getByRole('button', { name: reset[locale] }).click();
            await expect.poll(() => visibleRowIds(page)).toEqual(rows.map((row) => row.id));
            await expect(page.locator('kb-serverless-table .empty')).toBeHidden();
          });
        }

        test('?sort=-name orders by name, descending, and marks the header', async ({ page }) => {
          await page.goto(`${path}?sort=-name`);
          const names = await page.locator('kb-serverless-table tbody th').allInnerTexts();
          const clean = names.map((name) => name.replace(/\s*#$/, ''));
          expect(clean).toEqual([...clean].sort((a, b) => b.localeCompare(a, undefined, { sensitivity: 'base' })));
          await expect(page.locator('th[data-sort="name"]')).toHaveAttribute('aria-sort', 'descending');
          await expect(page.locator('kb-serverless-table select[name="sort"]')).toHaveValue('-name');
        });
      });

      test(`${path}: controls update the URL, the count and the empty state; axe and CSP stay clean`, async ({
        page,
        context,
      }) => {
        await installAxe(context);
        await recordCspViolations(context);
        const errors: string[] = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        await page.goto(path);
        const table = page.locator('kb-serverless-table');
        await table.getByRole('combobox').first().selectOption('yes');
        await expect(page).toHaveURL(/\?verdict=yes$/);
        await expect(table.locator('.count')).toHaveText(
          count[locale](idsWhere((row) => row.verdict === 'yes').length),
        );
        await table.getByRole('searchbox').fill('zzzz-nothing');
        await expect(page).toHaveURL(/\?verdict=yes&q=zzzz-nothing$/);
        await expect(table.locator('.count')).toHaveText(count[locale](0));
        await expect(table.locator('.empty')).toBeVisible();
        expect(await visibleRowIds(page)).toEqual([]);
        expect(await axeViolations(page, 'kb-serverless-table')).toEqual([]);
        // Clearing the search brings back the rows of the verdict filter.
        await table.getByRole('searchbox').fill('');
        expect(await visibleRowIds(page)).toEqual(idsWhere((row) => row.verdict === 'yes'));
        await table.getByRole('searchbox').fill('zzzz-nothing');
        expect(await visibleRowIds(page)).toEqual([]);
        await table.getByRole('button', { name: reset[locale] }).click();
        await expect(table.locator('.count')).toHaveText(count[locale](TOTAL));
        await expect.poll(() => visibleRowIds(page)).toEqual(rows.map((row) => row.id));
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        // The table sorts by its headings; the cards by one "Sort by" control.
        if (layout === 'table')
          await table
            .getByRole('button', { name: locale === 'en' ? 'Product / use case' : 'Produkt / Anwendungsfall' })
            .click();
        else await table.getByRole('combobox', { name: sortBy[locale] }).selectOption('name');
        await expect(page).toHaveURL(/\?sort=name$/);
        await expect(table.locator('th[data-sort="name"]')).toHaveAttribute('aria-sort', 'ascending');
        expect(await cspViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });

      test(`${path}: a row link scrolls to and highlights the row`, async ({ page }) => {
        await page.goto(`${path}#knative`);
        const row = page.locator('tr#knative');
        await expect(row).toBeInViewport();
        expect(await row.evaluate((tr) => tr.matches(':target'))).toBe(true);
        expect(await row.evaluate((tr) => getComputedStyle(tr).outlineStyle)).toBe('solid');
      });

      test(`${path}: all ${TOTAL} rows with JavaScript off`, async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport });
        const page = await context.newPage();
        await page.goto(`${path}?verdict=yes`);
        await expect(page.locator('kb-serverless-table tbody tr')).toHaveCount(TOTAL);
        expect(await visibleRowIds(page)).toHaveLength(TOTAL);
        await expect(page.locator('kb-serverless-table form')).toHaveCount(1);
        await expect(page.locator('kb-serverless-table form')).toBeHidden();
        await context.close();
      });
    });
  }

test('verdict icons stand out 3:1 from what is behind them (also the highlighted row), light and dark', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/en/the-serverless-test/#knative');
    const icons = await page.locator('kb-serverless-table .verdict-icon').evaluateAll((svgs) =>
      svgs.map((svg) => {
        let element: Element | null = svg;
        while (element && getComputedStyle(element).backgroundColor === 'rgba(0, 0, 0, 0)')
          element = element.parentElement;
        return {
          row: svg.closest('tr')?.id ?? 'legend',
          color: getComputedStyle(svg).color,
          background: element ? getComputedStyle(element).backgroundColor : 'none',
        };
      }),
    );
    expect(icons).toHaveLength(TOTAL + 3);
    expect(icons.find((icon) => icon.row === 'knative')?.background).not.toBe(icons[0]!.background);
    for (const icon of icons)
      expect(
        contrast(icon.color, icon.background),
        `${colorScheme} ${icon.row}: ${icon.color} on ${icon.background}`,
      ).toBeGreaterThanOrEqual(3);
  }
});

// Start-up does no work that the first paint does not need (no long task on a slow phone): with no
// filter in the address the rows stay as the server wrote them until the reader asks for a change.
test('loading the table page without a filter leaves the rows untouched; the first filter moves them', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { rowChanges: string[] }).rowChanges = changes;
    new MutationObserver((records) => {
      // The parser only adds nodes (as the page streams in); a script that lays rows out again removes them.
      for (const record of records)
        if (
          (record.target as Element).closest?.('tbody') &&
          (record.type === 'attributes' || record.removedNodes.length)
        )
          changes.push(record.type);
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto('/en/the-serverless-test/');
  await expect(page.locator('kb-serverless-table th[data-sort] button')).toHaveCount(4); // the script ran
  const rowChanges = () => page.evaluate(() => (window as unknown as { rowChanges: string[] }).rowChanges.length);
  expect(await rowChanges()).toBe(0);
  await page.locator('kb-serverless-table select[name="verdict"]').selectOption('no');
  await expect.poll(rowChanges).toBeGreaterThan(0);
});

test('keyboard only: filter, search, sort and reset', async ({ page }) => {
  await page.goto('/en/the-serverless-test/');
  const table = page.locator('kb-serverless-table');
  await table.getByRole('combobox', { name: 'Is it serverless?' }).focus();
  await page.keyboard.press('ArrowDown'); // All → yes
  await expect(table.locator('.count')).toHaveText(count.en(idsWhere((row) => row.verdict === 'yes').length));
  await page.keyboard.press('Tab'); // provider
  await page.keyboard.press('Tab'); // search
  await page.keyboard.type('aurora');
  await expect(table.locator('.count')).toHaveText(count.en(1));
  await expect(page).toHaveURL(/\?verdict=yes&q=aurora$/);
  await page.keyboard.press('Tab'); // reset
  await page.keyboard.press('Enter');
  await expect(table.locator('.count')).toHaveText(count.en(TOTAL));
  // The sort buttons are in the tab order too.
  const sortByName = table.getByRole('button', { name: 'Product / use case' });
  await sortByName.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[data-sort="name"]')).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(page.locator('th[data-sort="name"]')).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/\?sort=-name$/);
});

test('at 1280 px no column heading wraps, its sort arrow included; the link under the title leads to the table', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const locale of ['en', 'de'] as const) {
    await page.goto(`/${locale}/the-serverless-test/`);
    await expect(page.locator('kb-serverless-table th[data-sort] button')).toHaveCount(4); // the script ran
    const headings = await page.locator('kb-serverless-table thead th').evaluateAll((cells) =>
      cells.map((cell) => {
        // The button holds the name and its arrow (drawn after it): lines of the button's own height.
        const content = cell.querySelector('button') ?? cell;
        const style = getComputedStyle(content);
        const height =
          content.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        const lines = Math.round(height / parseFloat(style.lineHeight));
        return { text: cell.textContent!, lines, fits: content.scrollWidth <= cell.clientWidth };
      }),
    );
    expect(headings).toHaveLength(5);
    for (const heading of headings) {
      expect(heading.lines, `${locale}: "${heading.text}" on one line`).toBe(1);
      expect(heading.fits, `${locale}: "${heading.text}" inside its column`).toBe(true);
    }
    await page.locator('.article-header a[href="#serverless-table"]').click();
    await expect(page).toHaveURL(/#serverless-table$/);
    await expect(page.locator('kb-serverless-table .filters')).toBeInViewport();
  }
});

test('cards: Tab reaches "Sort by", never the hidden sort buttons of the headings', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/en/the-serverless-test/');
  const table = page.locator('kb-serverless-table');
  await expect(table.locator('th[data-sort] button')).toHaveCount(4); // the script ran
  await table.getByRole('combobox', { name: 'Is it serverless?' }).focus();
  const reached: string[] = [];
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const active = document.activeElement!;
        return active.closest('thead') ? 'a heading' : (active.getAttribute('name') ?? active.tagName.toLowerCase());
      }),
    );
  }
  expect(reached).toContain('sort');
  expect(reached).not.toContain('a heading');
  // The headings are still the columns' names to assistive technology.
  await expect(page.getByRole('columnheader', { name: 'Product / use case' })).toHaveCount(1);
});

// The phone layout's promise: a reader sees every cell of every row without scrolling sideways.
for (const width of [320, 375])
  for (const locale of ['en', 'de'] as const)
    for (const javaScriptEnabled of [true, false])
      test(`${width} px, /${locale}/, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: every cell of every row is inside the viewport`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`/${locale}/the-serverless-test/`);
        const cells = await page.locator('kb-serverless-table tbody tr > *').evaluateAll((elements) =>
          elements.map((cell) => {
            const box = cell.getBoundingClientRect();
            return {
              cell: `${cell.parentElement!.id} ${cell.className || cell.tagName}`,
              left: box.left,
              right: box.right,
              // Wider content than its box would be cut off or spill over the card.
              overflow: cell.scrollWidth - cell.clientWidth,
            };
          }),
        );
        expect(cells).toHaveLength(TOTAL * 5);
        for (const { cell, left, right, overflow } of cells) {
          expect(left, cell).toBeGreaterThanOrEqual(0);
          expect(right, cell).toBeLessThanOrEqual(width);
          expect(overflow, cell).toBeLessThanOrEqual(0);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await context.close();
      });
