/** The "Is it serverless?" table as built: complete without JavaScript, linkable, reusable, light. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { useTranslations } from '../../src/i18n/index.ts';
import { VERDICTS, type Verdict } from '../../src/lib/serverless-table.ts';
import { builtPages, distFile, readPage } from '../support/dist.ts';
import { sitePlan } from '../support/site-plan.ts';

const rows = parseYaml(readFileSync('content/serverless/services.yaml', 'utf8')) as {
  id: string;
  name: string;
  verdict: string;
}[];
const TABLE_PAGES = { en: '/en/the-serverless-test/', de: '/de/the-serverless-test/' } as const;
const VERDICT_WORDS = {
  en: { yes: 'yes', no: 'no', depends: 'depends' },
  de: { yes: 'ja', no: 'nein', depends: 'kommt drauf an' },
};
const TABLE_SCRIPT_BUDGET = 3 * 1024;

test('the data file has the 17 rows of the article, with the author verdicts', () => {
  assert.equal(rows.length, 17);
  assert.deepEqual(
    rows.map((row) => row.verdict).join(' '),
    'no depends no depends yes no no yes yes no yes no yes yes yes no depends',
  );
});

for (const [locale, path] of Object.entries(TABLE_PAGES) as ['en' | 'de', string][]) {
  test(`${path}: a complete, accessible table in the server HTML`, () => {
    const page = parse(readPage(path));
    const table = page.querySelector('kb-serverless-table table')!;
    assert.ok(table, 'table inside <kb-serverless-table>');
    assert.ok(table.querySelector('caption')?.text.trim(), 'caption');
    assert.equal(table.querySelectorAll('thead th').length, table.querySelectorAll('thead th[scope="col"]').length);
    const bodyRows = table.querySelectorAll('tbody tr');
    assert.deepEqual(
      bodyRows.map((row) => row.id),
      rows.map((row) => row.id),
      'rows in the data order, id = row id',
    );
    bodyRows.forEach((row, index) => {
      assert.equal(row.querySelector('th')?.getAttribute('scope'), 'row');
      assert.ok(row.querySelector(`a[href="#${row.id}"]`), `${row.id}: self-link`);
      const verdict = row.querySelector('.verdict')!;
      assert.ok(verdict.querySelector('[aria-hidden="true"]'), `${row.id}: icon hidden from assistive technology`);
      assert.match(
        verdict.text,
        new RegExp(VERDICT_WORDS[locale][rows[index]!.verdict as 'yes']),
        `${row.id}: verdict as text`,
      );
    });
    const region = page.querySelector('kb-serverless-table [role="region"]')!;
    assert.equal(region.getAttribute('tabindex'), '0', 'scroll container is keyboard-focusable');
    assert.ok(page.querySelector(`#${region.getAttribute('aria-labelledby')}`), 'scroll container is labelled');
    assert.ok(page.querySelector('kb-serverless-table [aria-live="polite"]'), 'live result count');
  });

  test(`${path}: verdicts are drawn as one hidden SVG icon per verdict next to the dictionary's word, no emoji`, () => {
    const t = useTranslations(locale);
    const table = parse(readPage(path)).querySelector('kb-serverless-table')!;
    // Emoji show as empty boxes where no emoji font is installed.
    assert.doesNotMatch(table.toString(), /\u2705|\u274C|\u{1F914}/u);
    const iconOf = (element: ReturnType<typeof parse>, label: string) => {
      const icons = element.querySelectorAll('svg');
      assert.equal(icons.length, 1, `${label}: one icon`);
      assert.equal(icons[0]!.getAttribute('aria-hidden'), 'true', `${label}: icon hidden`);
      assert.equal(icons[0]!.getAttribute('focusable'), 'false', `${label}: icon not focusable`);
      return icons[0]!.toString();
    };
    const cells = table.querySelectorAll('tbody td.verdict');
    assert.equal(cells.length, rows.length);
    const iconsByVerdict = new Map<string, Set<string>>();
    cells.forEach((cell, index) => {
      const verdict = rows[index]!.verdict as Verdict;
      assert.equal(cell.text.trim(), t(`table.verdict.${verdict}`), `${rows[index]!.id}: the word`);
      const icon = iconOf(cell, rows[index]!.id);
      iconsByVerdict.set(verdict, (iconsByVerdict.get(verdict) ?? new Set()).add(icon));
    });
    const legend = table.querySelectorAll('.legend-item');
    assert.equal(legend.length, VERDICTS.length);
    legend.forEach((item, index) => {
      const verdict = VERDICTS[index]!;
      assert.equal(
        item.text.trim(),
        `${t(`table.verdict.${verdict}`)}: ${t(`table.verdictHint.${verdict}`)}`,
        `legend: ${verdict}`,
      );
      iconsByVerdict.get(verdict)?.add(iconOf(item, `legend: ${verdict}`));
    });
    // One drawing per verdict, the same in the legend and every row, and different between verdicts.
    assert.deepEqual(
      [...iconsByVerdict.values()].map((icons) => icons.size),
      VERDICTS.map(() => 1),
    );
    assert.equal(new Set([...iconsByVerdict.values()].map((icons) => [...icons][0])).size, VERDICTS.length);
  });

  test(`${path}: downloads of the data in JSON and CSV, with licence`, () => {
    const json = JSON.parse(readFileSync(distFile(`/${locale}/serverless-services.json`), 'utf8'));
    assert.equal(json.license, 'CC BY 4.0');
    assert.deepEqual(
      json.services.map((row: { id: string }) => row.id),
      rows.map((row) => row.id),
    );
    const csv = readFileSync(distFile(`/${locale}/serverless-services.csv`), 'utf8')
      .trim()
      .split('\r\n');
    assert.equal(csv.length, 18, 'header + 17 rows');
    assert.match(csv[0]!, /^id,name,provider,category,verdict,reason$/);
    const links = parse(readPage(path))
      .querySelectorAll('kb-serverless-table a')
      .map((a) => a.getAttribute('href'));
    assert.ok(
      links.includes(`/${locale}/serverless-services.json`) && links.includes(`/${locale}/serverless-services.csv`),
    );
  });

  test(`${path}: the table script fits its budget of ${TABLE_SCRIPT_BUDGET} bytes gzipped`, () => {
    const scripts = parse(readPage(path)).querySelectorAll('script');
    const code = scripts
      .map((script) =>
        script.getAttribute('src') ? readFileSync(distFile(script.getAttribute('src')!), 'utf8') : script.text,
      )
      .join('\n');
    assert.match(code, /kb-serverless-table/);
    const size = gzipSync(code, { level: 9 }).length;
    assert.ok(
      size <= TABLE_SCRIPT_BUDGET,
      `table script is ${size} bytes gzipped, ${size - TABLE_SCRIPT_BUDGET} over the budget`,
    );
  });
}

test('pages without the table ship no table code', () => {
  // An old address of a table page shows the same table (the old blog's permalink of the article).
  const tablePaths = new Set<string>(Object.values(TABLE_PAGES));
  for (const [path, page] of sitePlan().oldAddresses) if (tablePaths.has(page.path)) tablePaths.add(path);
  assert.ok(tablePaths.size > 2, 'the table page has an old address');
  const others = builtPages().filter((path) => !tablePaths.has(path));
  assert.ok(others.length > 0, 'pages without the table');
  for (const path of others) {
    const doc = parse(readPage(path));
    assert.equal(doc.querySelector('kb-serverless-table'), null, path);
    for (const script of doc.querySelectorAll('script:not([type="application/ld+json"])')) {
      const src = script.getAttribute('src');
      const code = src ? readFileSync(distFile(src), 'utf8') : script.text;
      assert.doesNotMatch(code, /kb-serverless-table/, `${path}: ${src ?? 'inline script'}`);
    }
  }
});
