/**
 * Independent validators for what tools read when they follow a link: structured data and social
 * cards (structured-data-testing-tool), Markdown (markdownlint) and sitemaps (sitemaps.org's XSD,
 * run by xmllint-wasm, libxml2 compiled to WebAssembly, so no system package is needed). Each
 * returns its problems as lines of text: none when the input is valid.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Configuration } from 'markdownlint';
import { lint } from 'markdownlint/promise';
import { validateXML } from 'xmllint-wasm';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);

interface SdttTest {
  test: string;
  description?: string;
}
interface SdttPreset {
  tests?: SdttTest[];
  presets?: SdttPreset[];
}
const { structuredDataTestHtml } = require('structured-data-testing-tool') as {
  structuredDataTestHtml: (html: string, options: { presets: SdttPreset[] }) => Promise<{ failed: SdttTest[] }>;
};
const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets') as Record<string, SdttPreset>;

/**
 * The Google preset still asks an article for a publisher with a logo (an old AMP rule). Google's
 * Article documentation no longer lists publisher, and here the author publishes: a Person, which
 * has no logo. Every other check of the preset stays.
 */
const googleWithoutPublisher: SdttPreset = {
  ...Google,
  // The preset module's helper functions sit among its presets: they have no tests and stay as they are.
  presets: Google!.presets!.map((preset) =>
    preset.tests ? { ...preset, tests: preset.tests.filter((test) => !test.test.includes('.publisher')) } : preset,
  ),
};

/**
 * Failed checks of a page's JSON-LD (Google's required properties for each schema.org type found,
 * e.g. a BlogPosting's image) and its Open Graph and Twitter card tags. Warnings (such as a missing
 * twitter:site: the site has no Twitter account) do not count.
 */
export async function structuredDataProblems(html: string): Promise<string[]> {
  const result = await structuredDataTestHtml(html, { presets: [googleWithoutPublisher, Twitter!, Facebook!] }).catch(
    (error: { res?: { failed: SdttTest[] } }) => {
      if (error.res) return error.res;
      throw error;
    },
  );
  return result.failed.map((test) => `${test.test}${test.description ? ` (${test.description})` : ''}`);
}

const markdownlintConfig = parseYaml(
  readFileSync(join(import.meta.dirname, 'markdownlint.yaml'), 'utf8'),
) as Configuration;

/** markdownlint's findings, with tests/support/markdownlint.yaml, for each named Markdown text. */
export async function markdownProblems(texts: Record<string, string>): Promise<string[]> {
  const results = await lint({ strings: texts, config: markdownlintConfig });
  return Object.entries(results).flatMap(([name, errors]) =>
    errors.map(
      (error) =>
        `${name}:${error.lineNumber} ${error.ruleNames.join('/')} ${error.ruleDescription}` +
        (error.errorDetail ? `: ${error.errorDetail}` : ''),
    ),
  );
}

/** sitemaps.org's schema for a <urlset>, as the npm package `sitemap` ships it. */
const SITEMAP_XSD = readFileSync(
  join(dirname(require.resolve('sitemap/package.json')), 'schema', 'sitemap.xsd'),
  'utf8',
);
const XHTML_LINK_XSD = readFileSync(join(import.meta.dirname, 'sitemap-xhtml-link.xsd'), 'utf8');
/** sitemap.xsd plus the xhtml:link alternates in <url> (its strict wildcard needs their schema). */
const URLSET_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <xs:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="sitemap-xhtml-link.xsd"/>
</xs:schema>`;

/** What libxml2 reports when a <urlset> sitemap file does not validate against sitemap.xsd. */
export async function urlsetProblems(fileName: string, xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [URLSET_XSD],
    preload: [
      { fileName: 'sitemap.xsd', contents: SITEMAP_XSD },
      { fileName: 'sitemap-xhtml-link.xsd', contents: XHTML_LINK_XSD },
    ],
  });
  return result.errors.map((error) => error.rawMessage);
}
