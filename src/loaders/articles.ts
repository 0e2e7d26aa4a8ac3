import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { checkArticles } from '../lib/article-checks.ts';
import { listArticlePaths } from '../lib/article-files.ts';

/**
 * Astro's glob loader, preceded by a check of every file: a file in an unknown locale folder, a
 * slug that is not kebab-case or a duplicate slug would otherwise be skipped or overwritten
 * silently, and Astro reports only the first invalid frontmatter. The check fails the build with
 * every problem at once, each naming the file and the field.
 */
export function articlesLoader(directory: string): Loader {
  const inner = glob({
    base: directory,
    pattern: '**/[^_.]*.{md,mdx}',
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    name: 'articles-loader',
    load: async (context) => {
      const { errors } = checkArticles(listArticlePaths(directory), (path) =>
        readFileSync(join(directory, path), 'utf8'),
      );
      if (errors.length > 0) throw new Error(`Invalid article files:\n- ${errors.join('\n- ')}`);
      await inner.load(context);
    },
  };
}
