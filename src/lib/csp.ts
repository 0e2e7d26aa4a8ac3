import { createHash } from 'node:crypto';

/**
 * Content Security Policy strings: every page carries its own policy as `<meta>` (the hashes of
 * the styles and scripts written into it); a host header serves one policy for all pages.
 */

/**
 * One policy that allows what each of the given policies allows: per directive, the sources of
 * all of them, each once, in order of first appearance.
 * - `mergePolicies(["style-src 'self' 'sha256-a'", "style-src 'self' 'sha256-b'"])` → `style-src 'self' 'sha256-a' 'sha256-b'`
 */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const merged = directives.get(name) ?? new Set<string>();
      for (const source of sources) merged.add(source);
      directives.set(name, merged);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
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
  const own = { 'style-src': inline.styles, 'script-src': inline.scripts } as Record<string, string[]>;
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const texts = own[name!];
      if (!texts) return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
      return [name, ...kept, ...new Set(texts.map(hashSource))].join(' ');
    })
    .join('; ');
}
