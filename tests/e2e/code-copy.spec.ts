import { expect, test } from '@playwright/test';
import { cspViolations, recordCspViolations } from '../support/csp.ts';

test('the copy button copies the code block, and says so, within the CSP', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordCspViolations(context);
  await page.goto('/en/aws-aurora-external-mysql-primary-gtids/');
  const block = page.locator('figure.code-block').nth(2);
  await expect(block.locator('figcaption')).toHaveText('sql');
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('button')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await block.locator('pre').innerText()).trim());
  expect(copied).toContain('mysql> insert into mysql.gtid_executed(source_uuid,interval_start,interval_end)');
  expect(await cspViolations(page)).toEqual([]);
});

test('pages without code load no copy script', async ({ page }) => {
  for (const path of ['/en/advantages-aws-multi-account-architecture/', '/de/']) {
    await page.goto(path);
    const scripts = await page
      .locator('script:not([type="application/ld+json"]):not([type="speculationrules"])')
      .allTextContents();
    // The theme's boot script, its picker and the search shortcut are on every page, the contents'
    // script on an article with contents; nothing else.
    expect(scripts.filter((code) => !code.includes('kb-toc')).length, path).toBe(3);
    expect(
      scripts.filter((code) => code.includes('copy')),
      path,
    ).toEqual([]);
  }
  await expect(page.locator('.copy-code')).toHaveCount(0);
});
