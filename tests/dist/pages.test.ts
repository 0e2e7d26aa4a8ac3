import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { hashSource, policyDirectives } from '../../src/lib/csp.ts';
import { SPECULATION_RULES } from '../../src/lib/speculation-rules.ts';
import { builtPages, distFile, readPage } from '../support/dist.ts';
import { sitePlan } from '../support/site-plan.ts';

const SITE_ORIGIN = 'https://ruempler.eu';
const pages = builtPages();
const documents = new Map(pages.map((path) => [path, parse(readPage(path))]));

// The tests below check every page in `documents`; this one says which pages those are.
test('the build writes exactly the pages the content and the routes plan', () => {
  assert.deepEqual(pages, sitePlan().all);
});

test('every page has lang, title, description and canonical', () => {
  for (const [path, doc] of documents) {
    assert.match(doc.querySelector('html')?.getAttribute('lang') ?? '', /^(en|de)$/, `${path}: <html lang>`);
    assert.ok(doc.querySelector('title')?.text.trim(), `${path}: <title>`);
    assert.ok(
      doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(),
      `${path}: meta description`,
    );
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    assert.ok(
      canonical.startsWith(`${SITE_ORIGIN}/`),
      `${path}: canonical is absolute on ${SITE_ORIGIN}, got "${canonical}"`,
    );
  }
});

/** Resolves a link found on `fromPath` to a site path and fragment, or null for other origins. */
function internalTarget(fromPath: string, href: string): { path: string; hash: string } | null {
  const url = new URL(href, `${SITE_ORIGIN}${fromPath}`);
  if (url.origin !== SITE_ORIGIN) return null;
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

function idsOf(doc: HTMLElement): Set<string> {
  return new Set(doc.querySelectorAll('[id]').map((element) => element.id));
}

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  const checked = { pages: 0, anchors: 0 };
  for (const [path, doc] of documents) {
    const hrefs = [
      ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...doc.querySelectorAll('link[href]').map((link) => link.getAttribute('href')!),
    ];
    for (const href of hrefs) {
      const target = internalTarget(path, href);
      if (!target) continue;
      checked[target.hash ? 'anchors' : 'pages'] += 1;
      const targetDoc = documents.get(target.path);
      if (!targetDoc && !existsSync(distFile(target.path))) {
        broken.push(`${path}: link to ${href} (no such page or file)`);
      } else if (target.hash && (!targetDoc || !idsOf(targetDoc).has(target.hash))) {
        broken.push(`${path}: link to ${href} (no element with id "${target.hash}")`);
      }
    }
  }
  assert.ok(checked.pages > 0 && checked.anchors > 0, 'links to pages and to #anchors were checked');
  assert.deepEqual(broken, []);
});

test('link texts have no leading or trailing white space (it shows as an underlined gap)', () => {
  const padded: string[] = [];
  for (const [path, doc] of documents) {
    for (const link of doc.querySelectorAll('a')) {
      if (/^\s|\s$/.test(link.text)) padded.push(`${path}: "${link.text}"`);
    }
  }
  assert.deepEqual(padded, []);
});

test('ids are unique on every page', () => {
  for (const [path, doc] of documents) {
    const ids = doc.querySelectorAll('[id]').map((element) => element.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    assert.deepEqual(duplicates, [], `${path}: duplicate ids`);
  }
});

test('html-validate (standard preset) reports no error on any page', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const problems: string[] = [];
  for (const path of pages) {
    const report = await validator.validateString(readPage(path), distFile(path));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2)
          problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

// The W3C Nu Html Checker parses as browsers do and so catches what html-validate lets through
// (markup after </html>, for one). It needs Java; .ci/run installs it where it is missing.
test('the Nu Html Checker (vnu) reports no error on any page', () => {
  const files = pages.map(distFile);
  assert.ok(files.length > 0, 'dist/ has pages');
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
  assert.ok(
    !run.error,
    `could not start Java for the Nu Html Checker (Debian: apt-get install default-jre-headless): ${run.error?.message}`,
  );
  const { messages } = JSON.parse(run.stderr) as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  const errors = messages
    .map(({ url, lastLine, message }) => ({ path: url.replace(/^file:.*?\/dist\//, '/'), lastLine, message }))
    .filter(({ path, message }) => !(message === VNU_EXPECT_GAP && onlyExpectLinksBlock(path)))
    .map(({ path, lastLine, message }) => `${path}:${lastLine ?? 0}: ${message}`);
  assert.deepEqual(errors, []);
});

// The checker (vnu-jar 26.9.27, the newest) predates rel="expect", which the HTML standard lets
// carry blocking="render" (https://html.spec.whatwg.org/multipage/links.html#link-type-expect).
// Only this message is let through, and only on pages where every link with `blocking` is rel=expect.
const VNU_EXPECT_GAP =
  'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.';
const onlyExpectLinksBlock = (path: string) =>
  documents
    .get(path.replace(/index\.html$/, ''))!
    .querySelectorAll('link[blocking]')
    .every((link) => link.getAttribute('rel') === 'expect');

test('no page is painted before its text has arrived: each expects an element after <main>', () => {
  let checked = 0;
  for (const [path, doc] of documents) {
    if (!doc.querySelector('.site-header')) continue; // redirect pages: a line of text and a link
    const expect = doc.querySelector('head link[rel="expect"][blocking="render"]');
    assert.ok(expect, `${path}: <link rel="expect" blocking="render">`);
    const target = doc.getElementById(expect.getAttribute('href')!.slice(1));
    assert.ok(target, `${path}: the element ${expect.getAttribute('href')} exists`);
    const html = doc.toString();
    assert.ok(html.indexOf(`id="${target.id}"`) > html.indexOf('</main>'), `${path}: ${target.id} comes after </main>`);
    checked++;
  }
  assert.ok(checked >= 100, `checked ${checked} pages`);
});

const { redirects } = sitePlan();
/** Each directive of a policy as written: `script-src 'self' 'sha256-…'`. */
const directivesOf = (policy: string) =>
  new Map([...policyDirectives(policy)].map(([name, sources]) => [name, [name, ...sources].join(' ')]));

test('every page carries a strict CSP that hashes exactly its own inline styles and scripts', () => {
  assert.ok(documents.size > 50, `${documents.size} pages`);
  for (const [path, doc] of documents) {
    const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    assert.ok(policy, `${path}: has a CSP`);
    const directives = directivesOf(policy);
    for (const required of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
      assert.equal(directives.get(required.split(' ')[0]!), required, path);
    assert.match(directives.get('script-src') ?? '', /^script-src 'self'( 'sha256-[\w+/=]+')*$/, path);
    // Hashes on style-src itself: browsers before 2025 ignore style-src-elem and would block the <style>.
    assert.match(directives.get('style-src') ?? '', /^style-src 'self'( 'sha256-[\w+/=]+')*$/, path);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|style-src-elem|script-src-elem/, path);
    const styles = doc.querySelectorAll('style');
    // Redirect stubs (`/`, old permalinks) have nothing to style.
    if (!redirects.includes(path)) assert.ok(styles.length > 0, `${path}: its CSS is in the page`);
    // Exactly the page's own inline styles and scripts are allowed, nothing of other pages.
    const hashes = (directive: string) =>
      (policyDirectives(policy).get(directive) ?? []).filter((source) => source.startsWith("'sha"));
    assert.deepEqual(
      hashes('style-src').sort(),
      [...new Set(styles.map((style) => hashSource(style.text)))].sort(),
      `${path}: style hashes`,
    );
    const scripts = doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])');
    assert.deepEqual(
      hashes('script-src').sort(),
      [...new Set(scripts.map((script) => hashSource(script.text)))].sort(),
      `${path}: script hashes`,
    );
  }
});

test("/_headers serves one policy allowing every page's own, plus frame-ancestors and the other headers", () => {
  const headers = readFileSync(distFile('/_headers'), 'utf8');
  const policy = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
  const header = policyDirectives(policy);
  assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
  for (const [path, doc] of documents) {
    const own = policyDirectives(
      doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!,
    );
    for (const [name, sources] of own) {
      const allowed = header.get(name) ?? [];
      const missing = sources.filter((source) => !allowed.includes(source));
      assert.deepEqual(missing, [], `${path}: the header's ${name} lacks what the page allows`);
    }
  }
  for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:'])
    assert.ok(headers.includes(header), header);
});

test('every page for readers carries the speculation rules, allowed by its CSP and by /_headers', () => {
  const header = policyDirectives(
    /^ {2}Content-Security-Policy: (.+)$/m.exec(readFileSync(distFile('/_headers'), 'utf8'))?.[1] ?? '',
  );
  const hash = hashSource(SPECULATION_RULES);
  assert.ok(header.get('script-src')?.includes(hash), '/_headers: script-src allows the rules');
  let checked = 0;
  for (const [path, doc] of documents) {
    const rules = doc.querySelectorAll('script[type="speculationrules"]');
    // Redirect stubs send readers on before anyone could point at a link.
    if (redirects.includes(path)) {
      assert.equal(rules.length, 0, path);
      continue;
    }
    assert.deepEqual(
      rules.map((script) => script.text),
      [SPECULATION_RULES],
      `${path}: the rules of src/lib/speculation-rules.ts, once`,
    );
    const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    assert.ok(policyDirectives(policy).get('script-src')?.includes(hash), `${path}: its CSP allows the rules`);
    checked += 1;
  }
  assert.ok(checked > 50, `${checked} pages`);
});

test('no style attribute anywhere (the CSP allows none), and no stylesheet to fetch', () => {
  const problems = [...documents].flatMap(([path, doc]) => [
    ...doc
      .querySelectorAll('[style]')
      .map((element) => `${path}: <${element.tagName.toLowerCase()} style="${element.getAttribute('style')}">`),
    ...doc.querySelectorAll('link[rel="stylesheet"]').map((link) => `${path}: ${link.getAttribute('href')}`),
  ]);
  assert.deepEqual(problems.slice(0, 5), []);
});

test('security.txt and favicon are served', () => {
  const securityTxt = readFileSync(distFile('/.well-known/security.txt'), 'utf8');
  assert.match(securityTxt, /^Contact: mailto:soenke@ruempler\.eu$/m);
  const expires = Date.parse(/^Expires: (.+)$/m.exec(securityTxt)?.[1] ?? '');
  assert.ok(expires > Date.now(), 'Expires lies in the future');
  assert.ok(existsSync(distFile('/favicon.svg')));
});
