import { createHash } from 'node:crypto';

/**
 * Content Security Policy strings: every page carries its own policy as `<meta>` (the hashes of
 * the styles and scripts written into it); a host header serves one policy for all pages.
 */

/**
 * A policy's directives by name, each with its sources.
 * - `policyDirectives("default-src 'self'; img-src 'self' data:")` → `default-src` → `['\'self\'']`, `img-src` → `['\'self\'', 'data:']`
 */
export function policyDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

const serialize = (directives: Iterable<[string, Iterable<string>]>) =>
  [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * One policy that allows what each of the given policies allows: per directive, the sources of
 * all of them, each once, in order of first appearance.
 * - `mergePolicies(["style-src 'self' 'sha256-a'", "style-src 'self' 'sha256-b'"])` → `style-src 'self' 'sha256-a' 'sha256-b'`
 */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of policyDirectives(policy)) {
      const all = merged.get(name) ?? new Set<string>();
      for (const source of sources) all.add(source);
      merged.set(name, all);
    }
  }
  return serialize(merged);
}

/** `'sha256-…'`: how a policy allows one inline style or script by its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * A page's policy with only the hashes its own inline styles and scripts need in `style-src` and
 * `script-src` (Astro lists those of every page of the site on every page: about 0.7 KiB each).
 * - `ownHashes("script-src 'self' 'sha256-a' 'sha256-b'", { styles: [], scripts: ['x'] })` → `script-src 'self' 'sha256-<x>'`
 */
export function ownHashes(policy: string, inline: { styles: string[]; scripts: string[] }): string {
  const own: Record<string, string[]> = { 'style-src': inline.styles, 'script-src': inline.scripts };
  const directives = policyDirectives(policy);
  for (const [name, sources] of directives) {
    const texts = own[name];
    if (!texts) continue;
    const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
    directives.set(name, [...kept, ...new Set(texts.map(hashSource))]);
  }
  return serialize(directives);
}

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g;
/** Inline scripts that run (JSON-LD is data, which CSP does not govern). */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g;

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function pagePolicy(html: string): string | undefined {
  return META_POLICY.exec(html)?.[1];
}

/**
 * A page with its `<meta>` policy narrowed by ownHashes to the page's own inline styles and
 * scripts, and that narrowed policy (none if the page has no `<meta>` policy).
 */
export function withOwnPolicy(html: string): { html: string; policy?: string } {
  const policy = pagePolicy(html);
  if (!policy) return { html };
  const own = ownHashes(policy, {
    styles: [...html.matchAll(INLINE_STYLE)].map((match) => match[1]!),
    scripts: [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]!),
  });
  return { html: html.replace(policy, own), policy: own };
}
