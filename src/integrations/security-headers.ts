import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE } from '../site-config.ts';

/** Headers every response should carry, next to the Content Security Policy. */
const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The one policy of the built pages (Astro writes the same script and style hashes into every page). */
function sitePolicy(dist: string): string {
  const policies = new Set(
    globSync('**/*.html', { cwd: dist }).map(
      (file) =>
        /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
          readFileSync(`${dist}/${file}`, 'utf8'),
        )?.[1] ?? '',
    ),
  );
  if (policies.size !== 1 || policies.has(''))
    throw new Error(`security headers: expected one CSP on all pages, found ${policies.size}`);
  return [...policies][0]!;
}

/**
 * After the build: `/_headers` for static hosts that read it (Netlify, Cloudflare Pages) with the
 * pages' own CSP plus what only a header can say (`frame-ancestors`), and `/.well-known/security.txt`.
 * Generated, not kept in public/, because the CSP carries the hashes of this build's scripts.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'kb-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const policy = `${sitePolicy(dist).replace(/;\s*$/, '')}; frame-ancestors 'none'`;
        const lines = [
          '/*',
          `  Content-Security-Policy: ${policy}`,
          ...Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`),
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
      },
    },
  };
}
