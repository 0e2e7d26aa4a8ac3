// `npm run new`: scaffolds an article or a translation skeleton in content/articles/<locale>/<slug>.mdx.
//   npm run new -- --locale en --slug my-topic --title "My topic" [--draft]
//   npm run new -- --translate my-topic --to de [--draft]
// Missing flags are asked for when a terminal is attached; otherwise they are a usage error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { isLocale, LOCALES, type Locale } from '../src/i18n/locales.ts';
import { ARTICLES_DIR, parseArticlePath } from '../src/lib/article-files.ts';
import { bodyHash } from '../src/lib/translation-status.ts';
import { readArticleSources } from './lib/article-sources.ts';
import { newArticleSource, translationSkeletonSource } from './lib/article-templates.ts';
import { parseFlags, runCli, UsageError } from './lib/cli.ts';
import { headingsOf } from './lib/content-lint.ts';

const USAGE = `Usage:
  npm run new -- --locale <${LOCALES.join('|')}> --slug <kebab-case-slug> --title "<Title>" [--draft]
  npm run new -- --translate <slug> --to <${LOCALES.join('|')}> [--draft]
Options:
  --root <dir>  the project (default: the current directory)`;

await runCli(USAGE, async () => {
  const flags = parseFlags({
    locale: { type: 'string' },
    slug: { type: 'string' },
    title: { type: 'string' },
    draft: { type: 'boolean', default: false },
    translate: { type: 'string' },
    to: { type: 'string' },
    root: { type: 'string', default: '.' },
  });
  const ask = await prompter();
  try {
    const { file, source } =
      flags.translate !== undefined ? await planTranslation(flags, ask) : await planArticle(flags, ask);
    const path = join(flags.root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, source, { flag: 'wx' });
    console.log(
      `Created ${file}\nPreview it with \`npm run dev\`; check it with \`npm run lint:content\` and \`npm test\`.`,
    );
  } finally {
    ask.close();
  }
});

type Flags = Partial<Record<'locale' | 'slug' | 'title' | 'translate' | 'to', string>> & {
  draft: boolean;
  root: string;
};
interface Ask {
  (flag: string, question: string): Promise<string>;
  close(): void;
}

async function planArticle(flags: Flags, ask: Ask) {
  const locale = checkLocale(flags.locale ?? (await ask('locale', `Locale (${LOCALES.join(', ')}): `)), '--locale');
  const slug = flags.slug ?? (await ask('slug', 'Slug (lowercase kebab-case, e.g. my-topic): '));
  const title = (flags.title ?? (await ask('title', 'Title: '))).trim();
  if (!title) throw new UsageError('--title must not be empty');
  const parsed = parseArticlePath(`${locale}/${slug}.mdx`);
  if ('error' in parsed) throw new UsageError(parsed.error.replace('(the file name) ', ''));
  const clash = readArticleSources(flags.root).articles.find((article) => article.slug === slug);
  if (clash?.locale === locale) throw new Error(`an article with the slug "${slug}" already exists: ${clash.file}`);
  if (clash) {
    throw new Error(
      `the slug "${slug}" is taken by ${clash.file}; to translate it: npm run new -- --translate ${slug} --to ${locale}`,
    );
  }
  return {
    file: `${ARTICLES_DIR}/${locale}/${slug}.mdx`,
    source: newArticleSource({ title, date: new Date(), draft: flags.draft }),
  };
}

async function planTranslation(flags: Flags, ask: Ask) {
  const slug = flags.translate!;
  const { articles } = readArticleSources(flags.root);
  const versions = articles.filter((article) => article.slug === slug);
  const original = versions.find((article) => !article.frontmatter.translationOf);
  if (!original) throw new Error(`no original article with the slug "${slug}" in ${ARTICLES_DIR}/<locale>/`);
  const to = checkLocale(flags.to ?? (await ask('to', `Translate into (${LOCALES.join(', ')}): `)), '--to');
  const existing = versions.find((article) => article.locale === to);
  if (existing) throw new Error(`"${slug}" already has a ${to} version: ${existing.file}`);
  const source = translationSkeletonSource(
    {
      id: original.id,
      frontmatter: original.frontmatter,
      hash: bodyHash(original.body),
      headings: headingsOf(original.source),
    },
    { draft: flags.draft },
  );
  return { file: `${ARTICLES_DIR}/${to}/${slug}.mdx`, source };
}

function checkLocale(value: string, flag: string): Locale {
  if (!isLocale(value)) throw new UsageError(`${flag} must be one of ${LOCALES.join(', ')}, got "${value}"`);
  return value;
}

/** Asks for a missing flag on a terminal; without one, a missing flag is a usage error. */
async function prompter(): Promise<Ask> {
  if (!process.stdin.isTTY) {
    return Object.assign(
      async (flag: string) => {
        throw new UsageError(`--${flag} is missing (no terminal attached to ask for it)`);
      },
      { close() {} },
    );
  }
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  // Lines are read through the iterator, which buffers them: answers typed (or pasted) ahead are kept.
  const lines = readline[Symbol.asyncIterator]();
  return Object.assign(
    async (flag: string, question: string) => {
      readline.setPrompt(question);
      readline.prompt();
      const answer = await lines.next();
      if (answer.done) throw new UsageError(`--${flag} is missing (input ended)`);
      return String(answer.value).trim();
    },
    { close: () => readline.close() },
  );
}
