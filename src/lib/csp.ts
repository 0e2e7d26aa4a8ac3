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
