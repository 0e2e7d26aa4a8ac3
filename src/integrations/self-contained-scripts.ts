import type { Plugin } from 'vite';

/**
 * A Vite plugin for the browser build: each page script gets its own copy of the given shared
 * modules (e.g. the i18n templates) instead of importing one shared chunk. Astro writes a script
 * into the page only when it imports nothing, so this keeps every page one request.
 */
export function selfContainedScripts(sharedModules: string[]): Plugin {
  return {
    name: 'kb-self-contained-scripts',
    // Before Vite's own resolver, which would settle the id first.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || this.environment.name !== 'client') return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !sharedModules.includes(resolved.id)) return null;
      // A distinct id per importer makes a distinct module, bundled into that importer's chunk.
      return `${resolved.id}?copy-for=${encodeURIComponent(importer)}`;
    },
  };
}
