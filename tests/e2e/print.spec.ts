import { expect, test } from '@playwright/test';

test('print: no navigation or author box, link targets after links, code and rows kept whole', async ({ page }) => {
  await page.goto('/en/aurora-xtrabackup/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('.author-box')).toBeHidden();
  await expect(page.locator('.copy-code').first()).toBeHidden();
  await expect(page.getByRole('contentinfo')).toContainText('CC BY 4.0');
  const link = page.locator('.prose a[href^="https://docs.aws.amazon.com"]').first();
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
  expect(
    await page
      .locator('pre')
      .first()
      .evaluate((pre) => getComputedStyle(pre).breakInside),
  ).toBe('avoid');
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
});

test('print: table rows do not split', async ({ page }) => {
  await page.goto('/en/the-serverless-test/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(
    await page
      .locator('tbody tr')
      .first()
      .evaluate((row) => getComputedStyle(row).breakInside),
  ).toBe('avoid');
  await expect(page.locator('kb-serverless-table form')).toBeHidden();
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).color)).toBe('rgb(0, 0, 0)');
});
