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

test('the fallback page shows the German original with English chrome', async ({ page }) => {
  await page.goto('/en/lesegruppen-buchclubs-organisationales-lernen-unternehmen/');
  await expect(page.getByRole('note')).toContainText('not been translated into English yet');
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'de');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    'https://ruempler.eu/de/lesegruppen-buchclubs-organisationales-lernen-unternehmen/',
  );
  await expect(page.getByRole('banner').locator('a[hreflang="de"]')).toContainText('Deutsch (Original)');
});
