import { expect, test } from '@playwright/test';
import { articleFacts } from '../support/article-facts.ts';

test('print: no navigation, related articles or author box, link targets after links, code and rows kept whole', async ({
  page,
}) => {
  const facts = articleFacts.find((article) => article.slug === 'aurora-xtrabackup')!;
  await page.goto(`/${facts.locale}/${facts.slug}/`);
  await page.emulateMedia({ media: 'print' });
  // Present on the page (one copy button per code block), and hidden in print. A role locator
  // skips hidden elements unless told otherwise, and would find no banner at all.
  const banner = page.getByRole('banner', { includeHidden: true });
  await expect(banner).toHaveCount(1);
  await expect(banner).toBeHidden();
  await expect(page.locator('.author-box')).toHaveCount(1);
  await expect(page.locator('.author-box')).toBeHidden();
  await expect(page.locator('.related')).toHaveCount(1);
  await expect(page.locator('.related')).toBeHidden();
  const copyButtons = page.locator('.copy-code');
  await expect(copyButtons).toHaveCount(facts.codeLanguages.length);
  for (const button of await copyButtons.all()) await expect(button).toBeHidden();
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
  await expect(page.locator('kb-serverless-table form')).toHaveCount(1);
  await expect(page.locator('kb-serverless-table form')).toBeHidden();
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).color)).toBe('rgb(0, 0, 0)');
});
