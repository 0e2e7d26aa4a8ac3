import { mkdirSync, writeFileSync } from 'node:fs';
import { MARKDOWN_CONTENT_TYPE } from '../lib/markdown-twin.ts';
import { SITE } from '../site-config.ts';

/** Headers every response should carry, next to the Content Security Policy. */
export const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Cloudflare Pages serves every deployment but production's also at `<branch or hash>.<project>.pages.dev`,
 * pull request previews (`pr-<n>`) among them: those are kept out of search engines. Production
 * (the custom domain and `<project>.pages.dev`) is indexed as usual.
 */
export const PREVIEW_HOSTS = 'https://:version.:project.pages.dev/*';
export const PREVIEW_HEADER = { name: 'X-Robots-Tag', value: 'noindex' };

/** HTML, feeds and every file without a content hash in its name: checked again on each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Astro's hashed assets and Pagefind's hashed index files (pagefind.js and the wasm are not hashed). */
const IMMUTABLE_PATHS = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/*.pf_meta'];

/**
 * After the build: `/_headers` for static hosts that read it (Netlify, Cloudflare Pages) with
 * `pagesPolicy` (what every page's own CSP allows, merged) plus what only a header can say
 * (`frame-ancestors`), and `/.well-known/security.txt`. Generated, not kept in public/, because
 * the CSP carries the hashes of this build's scripts.
 */
/** The security contact (RFC 9116), written with the headers. */
export const SECURITY_TXT_PATH = '/.well-known/security.txt';

export function writeSecurityHeaders(dist: string, pagesPolicy: string): void {
  const policy = `${pagesPolicy.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
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
    '',
    PREVIEW_HOSTS,
    `  ${PREVIEW_HEADER.name}: ${PREVIEW_HEADER.value}`,
  ];
  writeFileSync(`${dist}/_headers`, `${lines.join('\n')}\n`);
  const expires = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  mkdirSync(`${dist}/.well-known`, { recursive: true });
  writeFileSync(
    `${dist}${SECURITY_TXT_PATH}`,
    [
      `Contact: ${SITE.links.email}`,
      `Expires: ${expires}`,
      'Preferred-Languages: en, de',
      `Canonical: ${SITE.origin}${SECURITY_TXT_PATH}`,
      '',
    ].join('\n'),
  );
}
