import { globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mergePolicies, pagePolicy, withOwnPolicy } from '../lib/csp.ts';
import { SITE } from '../site-config.ts';

/** Headers every response should carry, next to the Content Security Policy. */
export const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** HTML, feeds and every file without a content hash in its name: checked again on each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
export const MARKDOWN_CONTENT_TYPE = 'text/markdown; charset=utf-8';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Astro's hashed assets and Pagefind's hashed index files (pagefind.js and the wasm are not hashed). */
const IMMUTABLE_PATHS = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/*.pf_meta'];

/**
 * Narrows every page's `<meta>` policy to its own inline styles and scripts (withOwnPolicy), and
 * returns what all pages' policies then allow, merged: the policy for the header. A page is
 * written beside itself and renamed over, never rewritten in place, because the search indexer
 * reads the same files meanwhile (src/integrations/built-site-files.ts).
 */
function narrowPagePolicies(dist: string): string {
  const policies = globSync('**/*.html', { cwd: dist }).map((file) => {
    const html = withOwnPolicy(readFileSync(`${dist}/${file}`, 'utf8'));
    const policy = pagePolicy(html);
    if (!policy) throw new Error(`security headers: ${file} has no Content Security Policy`);
    writeFileSync(`${dist}/${file}.csp`, html);
    renameSync(`${dist}/${file}.csp`, `${dist}/${file}`);
    return policy;
  });
  return mergePolicies(policies);
}

/**
 * After the build: `/_headers` for static hosts that read it (Netlify, Cloudflare Pages) with the
 * pages' own CSP plus what only a header can say (`frame-ancestors`), and `/.well-known/security.txt`.
 * Generated, not kept in public/, because the CSP carries the hashes of this build's scripts.
 */
export function writeSecurityHeaders(dist: string): void {
  const policy = `${narrowPagePolicies(dist).replace(/;\s*$/, '')}; frame-ancestors 'none'`;
  const lines = [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    ...Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${REVALIDATE}`,
    // Files whose names carry a hash of their content never change: cached for a year.
    ...IMMUTABLE_PATHS.flatMap((path) => ['', path, '  ! Cache-Control', `  Cache-Control: ${IMMUTABLE}`]),
    // The articles' Markdown twins: hosts guess a type from the extension, not all of them this one.
    '',
    '/*.md',
    `  Content-Type: ${MARKDOWN_CONTENT_TYPE}`,
  ];
  writeFileSync(`${dist}/_headers`, `${lines.join('\n')}\n`);
  const expires = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  mkdirSync(`${dist}/.well-known`, { recursive: true });
  writeFileSync(
    `${dist}/.well-known/security.txt`,
    [
      `Contact: ${SITE.links.email}`,
      `Expires: ${expires}`,
      'Preferred-Languages: en, de',
      `Canonical: ${SITE.origin}/.well-known/security.txt`,
      '',
    ].join('\n'),
  );
}
