import { expect, test } from '@playwright/test';
import { builtPages } from '../support/dist.ts';

const articlePaths = builtPages().filter((path) => /^\/(en|de)\/[^/]+\/$/.test(path) && !/\/contact\/$/.test(path));

test('there are article pages in both locales', () => {
  expect(articlePaths.filter((path) => path.startsWith('/en/')).length).toBeGreaterThan(0);
  expect(articlePaths.filter((path) => path.startsWith('/de/')).length).toBeGreaterThan(0);
});

for (const path of articlePaths) {
  test(`language switch on ${path} lands on the same article`, async ({ page }) => {
    await page.goto(path);
    const [, locale, slug] = /^\/(en|de)\/([^/]+)\/$/.exec(path)!;
    const target = locale === 'en' ? 'de' : 'en';
    await page.getByRole('banner').locator(`a[hreflang="${target}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${target}/${slug}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', target);
    // Same article: the switcher on the target page leads back.
    await expect(page.getByRole('banner').locator(`a[hreflang="${locale}"]`)).toHaveAttribute('href', path);
  });
}

test("a fallback page has German chrome, and the English original's summary and sections, one tap from its text", async ({
  page,
}) => {
  await page.goto('/de/advantages-aws-multi-account-architecture/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('.outline-summary')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.outline .prose')).toHaveAttribute('lang', 'en');
  await page.locator('.outline .prose a').nth(2).click();
  await expect(page).toHaveURL(
    /\/en\/advantages-aws-multi-account-architecture\/#aws-per-account-service-and-api-limits$/,
  );
  await expect(page.locator('#aws-per-account-service-and-api-limits')).toBeInViewport();
  await page.goto('/de/aws-aurora-external-mysql-primary-gtids/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const notice = page.getByRole('note');
  await expect(notice).toContainText('noch nicht ins Deutsche übersetzt');
  await notice.getByRole('link', { name: 'das Original auf Englisch lesen' }).click();
  await expect(page).toHaveURL(/\/en\/aws-aurora-external-mysql-primary-gtids\/$/);
  await page.goBack();
  // Not in the sitemap, and its canonical is the original: search engines index that one.
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    'https://ruempler.eu/en/aws-aurora-external-mysql-primary-gtids/',
  );
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveCount(0);
  await expect(page.getByRole('banner').locator('a[hreflang="en"]')).toContainText('English (original)');
});

test('a translation says so and links its original', async ({ page }) => {
  await page.goto('/en/lesegruppen-buchclubs-organisationales-lernen-unternehmen/');
  await expect(page.getByRole('note')).toContainText('This is a translation of the German original');
  await expect(page.getByRole('banner').locator('a[hreflang="de"]')).toContainText('Deutsch (Original)');
  await page.goto('/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/');
  await expect(page.getByRole('banner').locator('a[hreflang="en"]')).toContainText('English (translation)');
});
