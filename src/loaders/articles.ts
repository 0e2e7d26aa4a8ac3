import { glob, type Loader } from 'astro/loaders';
import { checkArticleFiles, listArticlePaths } from '../lib/article-files.ts';

/**
 * Astro's glob loader, preceded by a check of the folder layout: a file in an unknown locale
 * folder, a slug that is not kebab-case or a duplicate slug would otherwise be skipped or
 * overwritten silently. The check fails the build and names each file.
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
      const { errors } = checkArticleFiles(listArticlePaths(directory));
      if (errors.length > 0) throw new Error(`Invalid article files:\n- ${errors.join('\n- ')}`);
      await inner.load(context);
    },
  };
}
