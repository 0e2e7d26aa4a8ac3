/**
 * Bad input at volume: seeded mutations of the real articles and the real table rows, run through
 * the checks the build runs (the loaders' `checkArticles` and `parseDataRows`, then the page
 * planner), and random query strings for the table's `parseTableState`. Every input must be
 * accepted or rejected with messages that name the file and the field (or the line of broken
 * YAML); never a crash, a stack trace, "undefined" or "[object Object]". What each mutation must
 * lead to comes from the schema's rules (src/lib/content-schemas.ts, README), not from a run.
 * A failure prints its seed; replay it with
 *   FUZZ_SEED=<seed> npx node --test tests/unit/fuzz-bad-input.test.ts
 */
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { checkArticles } from '../../src/lib/article-checks.ts';
import { ARTICLES_DIR, listArticlePaths, RESERVED_SLUGS } from '../../src/lib/article-files.ts';
import { planArticlePages } from '../../src/lib/article-pages.ts';
import { serviceSchema } from '../../src/lib/content-schemas.ts';
import { parseDataRows } from '../../src/lib/data-rows.ts';
import { isoDay } from '../../src/lib/dates.ts';
import {
  CATEGORIES,
  parseTableState,
  PROVIDERS,
  serializeTableState,
  SORT_COLUMNS,
  VERDICTS,
  type TableState,
} from '../../src/lib/serverless-table.ts';
import { otherLocale, type Locale } from '../../src/i18n/locales.ts';
import { createRandom, fuzzSeed, type Random } from '../support/fuzz.ts';
import { ROOT } from '../support/site-copy.ts';

const SEED = fuzzSeed();
const ARTICLE_CASES = 450;
const ROW_CASES = 400;
const URL_CASES = 400;
const SERVICES_FILE = 'content/serverless/services.yaml';

/** What a case must lead to: acceptance, or a message naming `file` that matches `names`. */
type Expected = 'accepted' | { file: string; names: RegExp };

/** Cases run and outcomes per target, for the closing check that the fuzzing did something. */
const outcomes: Record<string, { cases: number; accepted: number; rejected: number }> = {};

/** One generated input: how to show it, and the check that says whether it was accepted or rejected. */
interface FuzzCase {
  input: string;
  check: () => 'accepted' | 'rejected';
}

/**
 * Makes and checks `count` cases; fails with the seed and the first failing cases, each with its
 * input and what went wrong (an unmet expectation, or a crash in the code under test).
 */
function fuzz(target: string, count: number, make: (random: Random) => FuzzCase) {
  // One stream per target, so a change to one target's cases leaves the others' as they were.
  const random = createRandom(SEED ^ [...target].reduce((hash, c) => Math.imul(hash, 31) + c.charCodeAt(0), 7));
  const counts = { cases: 0, accepted: 0, rejected: 0 };
  const failures: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const { input, check } = make(random);
    counts.cases += 1;
    try {
      counts[check()] += 1;
    } catch (error) {
      const problem =
        error instanceof assert.AssertionError ? error.message : `crashed: ${(error as Error).stack ?? String(error)}`;
      failures.push(`case ${index}: ${input}\n${problem}`);
    }
  }
  outcomes[target] = counts;
  assert.equal(
    failures.length,
    0,
    `FUZZ_SEED=${SEED}: ${failures.length} of ${count} ${target} cases failed:\n\n${failures.slice(0, 5).join('\n\n')}\n`,
  );
  assert.ok(counts.accepted > 0 && counts.rejected > 0, `both outcomes occur for ${target}: ${JSON.stringify(counts)}`);
}

/** Why a message is no good for an author, if it is not. */
function messageFlaw(message: string): string | undefined {
  if (/\bundefined\b/.test(message)) return 'says "undefined"';
  if (/\[object \w+\]/.test(message)) return 'says "[object …]"';
  if (/^\s+at .+:\d+:\d+\)?$/m.test(message)) return 'contains a stack trace';
  if (!/^content\/(articles|serverless)\/\S/.test(message)) return 'does not start with the file';
  return undefined;
}

/** Checks the messages of one case against what was expected; throws an AssertionError that says why. */
function judge(messages: string[], expected: Expected): 'accepted' | 'rejected' {
  const shown = messages.map((message) => `  ${message}`).join('\n');
  for (const message of messages) {
    const flaw = messageFlaw(message);
    assert.ok(!flaw, `a message ${flaw}:\n${shown}`);
  }
  if (expected === 'accepted') {
    assert.equal(messages.length, 0, `expected to be accepted, got:\n${shown}`);
    return 'accepted';
  }
  assert.ok(
    messages.some(
      // A message about two files names them "A and B: …".
      (message) =>
        (message.includes(`${expected.file}:`) || message.includes(`${expected.file} and `)) &&
        expected.names.test(message),
    ),
    `expected a message naming ${expected.file} and matching ${expected.names}, got:\n${shown}`,
  );
  return 'rejected';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A schema message about `field` (or one of its elements or keys: `tags.2`, `formerHeadingIds.old id`). */
const fieldNamed = (field: string) => new RegExp(`: field "${escape(field)}(\\.[^"]+)?": \\S`);
/** A message about broken frontmatter YAML, with its line and column. */
const YAML_ERROR_AT_LINE = /:\d+:\d+: the frontmatter is not valid YAML: \S/;

/** A YAML double-quoted string with every control character escaped (JSON escapes only C0). */
const quoted = (text: string) =>
  JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Control characters the schema rejects: C0 without tab and line breaks, DEL and C1. */
const CONTROL_CHARACTERS = [
  ...Array.from({ length: 32 }, (_, code) => code).filter((code) => ![9, 10, 13].includes(code)),
  ...Array.from({ length: 33 }, (_, offset) => 0x7f + offset),
].map((code) => String.fromCharCode(code));

/** Long inputs shown in a failure: their start is where the mutations of interest are. */
const shorten = (text: string) => JSON.stringify(text.length > 1500 ? `${text.slice(0, 1500)}…` : text);

const insertAt = (random: Random, text: string, insert: string) => {
  const at = random.int(0, text.length);
  return text.slice(0, at) + insert + text.slice(at);
};

// ---------------------------------------------------------------- articles

interface RealArticle {
  path: string;
  file: string;
  locale: Locale;
  slug: string;
  id: string;
  /**
   * The frontmatter, one entry per field: its `key: value` line, with the indented lines of a
   * nested value and any comment lines that follow it; then the text after it.
   */
  lines: string[];
  body: string;
  pubDate: Date;
  translationOf?: string;
}

const articleSources = new Map(
  listArticlePaths(join(ROOT, ARTICLES_DIR)).map((path) => [
    path,
    readFileSync(join(ROOT, ARTICLES_DIR, path), 'utf8'),
  ]),
);

/** The build's checks on a set of article files: the loader's, then the page planner's (as in production: no drafts). */
function articleMessages(files: Map<string, string>): string[] {
  const { articles, errors } = checkArticles([...files.keys()], (path) => files.get(path)!);
  if (errors.length > 0) return errors; // the loader fails the build before any page is planned
  try {
    planArticlePages(
      articles
        .filter(({ data }) => !data.draft)
        .map(({ id, locale, slug, file, data }) => ({ id, locale, slug, file, translationOf: data.translationOf })),
    );
    return [];
  } catch (error) {
    const [heading, ...problems] = (error as Error).message.split('\n- ');
    assert.equal(heading, 'Article content is inconsistent:');
    return problems;
  }
}

const realArticles: RealArticle[] = checkArticles([...articleSources.keys()], (path) =>
  articleSources.get(path)!,
).articles.map(({ path, file, locale, slug, id, data }) => {
  const source = articleSources.get(path)!;
  const end = source.indexOf('\n---\n', 4);
  return {
    path,
    file,
    locale,
    slug,
    id,
    lines: frontmatterFields(source.slice(4, end)),
    body: source.slice(end + 5),
    pubDate: data.pubDate,
    translationOf: data.translationOf,
  };
});

/** Frontmatter text → one entry per field (a nested value and comments stay with their field). */
function frontmatterFields(text: string): string[] {
  const fields: string[] = [];
  for (const line of text.split('\n')) {
    if (/^[a-zA-Z]/.test(line) || fields.length === 0) fields.push(line);
    else fields[fields.length - 1] += `\n${line}`;
  }
  return fields;
}

/** Fields only an original may have (its translations share them). */
const ORIGINAL_ONLY = ['formerSlugs', 'formerHeadingIds'];

/** An original's frontmatter made a translation's, as `npm run new -- --translate` would: without the original-only fields. */
const asTranslation = (lines: string[], translationOf: string, originalHash: string) => [
  ...ORIGINAL_ONLY.reduce((kept, key) => withField(kept, key, undefined), lines),
  `translationOf: ${translationOf}`,
  `originalHash: ${originalHash}`,
];

const joinArticle = (lines: string[], body: string) => `---\n${lines.join('\n')}\n---\n${body}`;

/** The frontmatter with `key` set to the YAML text `value` (added if absent), or dropped. */
function withField(lines: string[], key: string, value: string | undefined): string[] {
  const kept = lines.filter((line) => !line.startsWith(`${key}:`));
  return value === undefined ? kept : [...kept, value === '' ? `${key}:` : `${key}: ${value}`];
}

/** The real articles with one file replaced (or moved to `newPath`). */
function siteWith(article: RealArticle, source: string, newPath = article.path): Map<string, string> {
  const files = new Map(articleSources);
  files.delete(article.path);
  return files.set(newPath, source);
}

interface ArticleCase {
  files: Map<string, string>;
  /** The file the mutation wrote, shown when the case fails. */
  changed: string;
  expected: Expected;
}

const field = (article: RealArticle, key: string, value: string | undefined, expected: 'accepted' | RegExp) => ({
  files: siteWith(article, joinArticle(withField(article.lines, key, value), article.body)),
  changed: article.path,
  expected: expected === 'accepted' ? expected : { file: article.file, names: expected },
});

const valueOf = (article: RealArticle, key: string) => {
  const line = article.lines.find((candidate) => candidate.startsWith(`${key}: `))!;
  return parse(line.slice(key.length + 2)) as string;
};

/** `length` characters of real text (the article's description, repeated). */
const textOfLength = (article: RealArticle, length: number) =>
  `${valueOf(article, 'description')} `.repeat(Math.ceil(length / 50)).slice(0, length);

/** An `originalHash` value, quoted as `npm run new` writes it (unquoted, digits only would be a number). */
const hashValue = (random: Random) => `'${random.string(12, '0123456789abcdef')}'`;
const kebab = (random: Random, length: number) =>
  random
    .string(length, 'abcdefghijklmnopqrstuvwxyz0123456789')
    .replace(/(.{8})/g, '$1-')
    .replace(/-$/, '');

const REQUIRED = ['title', 'description', 'pubDate', 'tags'];
const WRONG_TYPES: Record<string, string[]> = {
  title: ['42', 'true', '[A, title]', '{ text: A title }', '2024-05-31'],
  description: ['123', 'false', '[one, two]', '{ a: 1 }'],
  pubDate: ['true', '20240531', '[2024, 5, 31]', '{ year: 2024 }', 'yes'],
  updatedDate: ['false', '1', '[2024-05-31]'],
  tags: ['aws', '42', '{ aws: true }', '[1, 2]', '[true]', '[[aws]]'],
  draft: ['"yes"', '1', "'true'", '[true]', 'no'],
  translationOf: ['42', '[en/x]', 'true'],
  originalHash: ['123456789012', 'true', '[abc]'],
  formerSlugs: ['old-topic', '[Old Topic]', '{ old: topic }', '[1]'],
  formerHeadingIds: ['old-id', '[old-id]', '{ old id: new }', '{ old: [new] }'],
};
const EMPTY_VALUES: Record<string, string[]> = {
  title: ['', "''", "'   '"],
  description: ['', "''", "'   '"],
  pubDate: ['', "''", "'   '"],
  updatedDate: ['', "''"],
  tags: ['', '[]', "['']"],
  draft: ['', "''"],
  translationOf: ['', "''"],
  originalHash: ['', "''"],
  formerSlugs: ['', '[]'],
  formerHeadingIds: ['', "''"],
};
/**
 * Not dates, or no such day. Unquoted impossible days (2024-02-30) are left out: YAML (js-yaml,
 * in Astro) reads them as the following valid day before any schema sees them.
 */
const BAD_DATES = [
  'not-a-date',
  "'2024-13-01'",
  "'2024-02-30'",
  "'2023-02-29'",
  "'31.05.2024'",
  "'2024/05/31'",
  'tomorrow',
  "'1'",
  "'May 31, 2024'",
  "'2024-5-31'",
];
const GOOD_DATES = ['2024-02-29', "'2024-02-29'", '2016-12-31', '2024-05-31T10:00:00Z'];
const UNKNOWN_KEYS = ['titel', 'categroy', 'date', 'tag', 'Title', 'pubdate', 'author', 'slug', 'layout', 'lang'];
const UNKNOWN_FOLDERS = ['fr', 'EN', 'en-us', 'english', 'de_DE', 'xx', 'es'];
/** Broken YAML for one `key: value` line: each is a syntax error wherever it stands. */
const BROKEN_LINES: ((line: string) => string[])[] = [
  (line) => [line.replace(/: (.*)$/, ': [$1')], // unclosed flow sequence
  (line) => [line.replace(/: (.*)$/, ': {$1')], // unclosed flow mapping
  (line) => [line, line], // duplicate key
  (line) => [`  ${line}`], // bad indentation
  (line) => [`\t${line}`], // tab indentation
  (line) => [line.replace(/: (.*)$/, ': a: b')], // colon in a plain value
];
/**
 * Typos that can leave valid YAML of another meaning: an unterminated quote runs on to the next
 * quote of the same kind, a line without its colon becomes a key where its value has ": ".
 */
const MISTYPED_LINES: ((line: string) => string[])[] = [
  (line) => [line.replace(/: (.*)$/, ": 'unterminated")],
  (line) => [line.replace(': ', ' ')],
];

/** One frontmatter line of a random article replaced by a broken version of it. */
function brokenLine(random: Random, breakers: ((line: string) => string[])[], names: RegExp): ArticleCase {
  const article = random.pick(realArticles);
  // A field with its value on its line (the breakers edit what follows ": ").
  const at = random.pick([...article.lines.keys()].filter((index) => /^\w+: \S/.test(article.lines[index]!)));
  // The field's `key: value` line breaks; its nested lines and comments follow the last copy.
  const [keyLine, ...rest] = article.lines[at]!.split('\n');
  const broken = random.pick(breakers)(keyLine!);
  const lines = [
    ...article.lines.slice(0, at),
    ...broken.slice(0, -1),
    [broken.at(-1)!, ...rest].join('\n'),
    ...article.lines.slice(at + 1),
  ];
  return {
    files: siteWith(article, joinArticle(lines, article.body)),
    changed: article.path,
    expected: { file: article.file, names },
  };
}

const pickArticle = (random: Random, where: (article: RealArticle) => boolean) => {
  const candidates = realArticles.filter(where);
  return candidates.length > 0 ? random.pick(candidates) : undefined;
};
const existingIds = new Set(realArticles.map(({ id }) => id));
const hasCounterpart = (article: RealArticle) => existingIds.has(`${otherLocale(article.locale)}/${article.slug}`);

/** Each mutation makes one case from the real articles; undefined where no article fits it. */
const articleMutations: Record<string, (random: Random) => ArticleCase | undefined> = {
  unchanged: () => ({ files: new Map(articleSources), changed: '(none)', expected: 'accepted' }),
  'frontmatter lines reordered': (random) => {
    const article = random.pick(realArticles);
    return {
      files: siteWith(article, joinArticle(random.shuffle(article.lines), article.body)),
      changed: article.path,
      expected: 'accepted',
    };
  },
  'required field dropped': (random) => {
    const key = random.pick(REQUIRED);
    return field(random.pick(realArticles), key, undefined, fieldNamed(key));
  },
  'wrong type': (random) => {
    const key = random.pick(Object.keys(WRONG_TYPES));
    return field(random.pick(realArticles), key, random.pick(WRONG_TYPES[key]!), fieldNamed(key));
  },
  empty: (random) => {
    const key = random.pick(Object.keys(EMPTY_VALUES));
    return field(random.pick(realArticles), key, random.pick(EMPTY_VALUES[key]!), fieldNamed(key));
  },
  'description too long': (random) => {
    const article = random.pick(realArticles);
    return field(
      article,
      'description',
      quoted(textOfLength(article, random.int(161, 600))),
      fieldNamed('description'),
    );
  },
  'description too short': (random) => {
    const article = random.pick(realArticles);
    return field(article, 'description', quoted(textOfLength(article, random.int(1, 49))), fieldNamed('description'));
  },
  'description at the limits (50, 160)': (random) => {
    const article = random.pick(realArticles);
    return field(article, 'description', quoted(textOfLength(article, random.pick([50, 160]))), 'accepted');
  },
  'title very long (no limit)': (random) => {
    const article = random.pick(realArticles);
    return field(article, 'title', quoted(textOfLength(article, random.int(200, 3000))), 'accepted');
  },
  'too many tags': (random) =>
    field(
      random.pick(realArticles),
      'tags',
      `[${Array.from({ length: random.int(9, 20) }, (_, i) => `tag-${i}`).join(', ')}]`,
      fieldNamed('tags'),
    ),
  '1 or 8 tags, one very long': (random) =>
    field(
      random.pick(realArticles),
      'tags',
      `[${[kebab(random, random.int(100, 300)), ...Array.from({ length: random.pick([0, 7]) }, (_, i) => `tag-${i}`)].join(', ')}]`,
      'accepted',
    ),
  'tag not kebab-case': (random) =>
    field(
      random.pick(realArticles),
      'tags',
      `[aws, ${quoted(random.pick(['AWS', 'google cloud', 'a_b', '-x', 'x-', 'a--b', 'über', 'c#']))}]`,
      fieldNamed('tags'),
    ),
  'bad date': (random) => {
    const key = random.pick(['pubDate', 'updatedDate']);
    return field(random.pick(realArticles), key, random.pick(BAD_DATES), fieldNamed(key));
  },
  'good date': (random) => field(random.pick(realArticles), 'pubDate', random.pick(GOOD_DATES), 'accepted'),
  'updatedDate after pubDate': (random) => {
    const article = random.pick(realArticles);
    const later = isoDay(new Date(article.pubDate.getTime() + random.int(0, 3000) * 86_400_000));
    return field(article, 'updatedDate', random.chance(0.5) ? later : `'${later}'`, 'accepted');
  },
  'updatedDate before pubDate': (random) => {
    const article = random.pick(realArticles);
    const earlier = isoDay(new Date(article.pubDate.getTime() - random.int(1, 3000) * 86_400_000));
    return field(article, 'updatedDate', earlier, fieldNamed('updatedDate'));
  },
  'control character, escaped': (random) => {
    const article = random.pick(realArticles);
    const key = random.pick(['title', 'description']);
    const value = insertAt(random, valueOf(article, key), random.pick(CONTROL_CHARACTERS));
    return field(article, key, quoted(value), fieldNamed(key));
  },
  'control character, raw': (random) => {
    const article = random.pick(realArticles);
    const key = random.pick(['title', 'description']);
    const value = insertAt(random, valueOf(article, key), random.pick(CONTROL_CHARACTERS));
    // Raw, most are a YAML error (js-yaml rejects non-printable characters); the rest the schema's.
    const names = new RegExp(`${fieldNamed(key).source}|${YAML_ERROR_AT_LINE.source}`);
    return field(article, key, `'${value.replaceAll("'", "''")}'`, names);
  },
  'tab or line break in the title (allowed)': (random) => {
    const article = random.pick(realArticles);
    return field(
      article,
      'title',
      quoted(insertAt(random, valueOf(article, 'title'), random.pick(['\t', '\n']))),
      'accepted',
    );
  },
  'HTML in the title': (random) => {
    const article = random.pick(realArticles);
    const title = valueOf(article, 'title');
    const html = random.pick([
      `<b>${title}</b>`,
      '<script>alert(1)</script>',
      `${title} <img src=x onerror=alert(1)> &amp;`,
    ]);
    return field(article, 'title', quoted(html), 'accepted');
  },
  'HTML or Markdown in the description': (random) => {
    const article = random.pick(realArticles);
    const markup = random.pick(['<em>really</em>', '**bold**', '[a link](https://example.com)', '`code`', '<br>']);
    return field(
      article,
      'description',
      quoted(`${markup} ${valueOf(article, 'description')}`.slice(0, 160)),
      fieldNamed('description'),
    );
  },
  'byte order mark': (random) => {
    const article = random.pick(realArticles);
    return {
      files: siteWith(article, `\uFEFF${joinArticle(article.lines, article.body)}`),
      changed: article.path,
      expected: 'accepted',
    };
  },
  'CRLF line endings': (random) => {
    const article = random.pick(realArticles);
    const source =
      (random.chance(0.5) ? '\uFEFF' : '') + joinArticle(article.lines, article.body).replaceAll('\n', '\r\n');
    return { files: siteWith(article, source), changed: article.path, expected: 'accepted' };
  },
  'YAML syntax error': (random) => brokenLine(random, BROKEN_LINES, YAML_ERROR_AT_LINE),
  // Rejected either way: as YAML, or by the schema for the field it lost or the key it made.
  'YAML typo': (random) =>
    brokenLine(random, MISTYPED_LINES, new RegExp(`${YAML_ERROR_AT_LINE.source}|: field "\\w+"|: Unrecognized key`)),
  'originalHash unquoted, digits only': (random) => {
    const translation = pickArticle(random, (candidate) => candidate.translationOf !== undefined);
    const digits = random.string(12, '0123456789');
    return (
      translation &&
      field(translation, 'originalHash', digits, new RegExp(`${fieldNamed('originalHash').source}.*in quotes`))
    );
  },
  'opening --- missing': (random) => {
    const article = random.pick(realArticles);
    const source = joinArticle(article.lines, article.body).slice(4);
    return {
      files: siteWith(article, source),
      changed: article.path,
      expected: { file: article.file, names: fieldNamed('title') },
    };
  },
  'unknown key': (random) => {
    const key = random.pick(UNKNOWN_KEYS);
    return field(random.pick(realArticles), key, 'x', new RegExp(`: Unrecognized key: "${key}"`));
  },
  'unknown locale folder': (random) => {
    const article = random.pick(realArticles);
    const folder = random.pick(UNKNOWN_FOLDERS);
    const path = `${folder}/${article.slug}.mdx`;
    return {
      files: siteWith(article, articleSources.get(article.path)!, path),
      changed: path,
      expected: { file: `${ARTICLES_DIR}/${path}`, names: new RegExp(`unknown locale folder "${folder}"`) },
    };
  },
  subfolder: (random) => {
    const article = random.pick(realArticles);
    const path = `${article.locale}/${random.pick(['old', '2024', 'drafts'])}/${article.slug}.mdx`;
    return {
      files: siteWith(article, articleSources.get(article.path)!, path),
      changed: path,
      expected: { file: `${ARTICLES_DIR}/${path}`, names: /no subfolders/ },
    };
  },
  'slug not allowed': (random) => {
    const article = random.pick(realArticles);
    const slug = random.pick(
      [
        article.slug.toUpperCase(),
        article.slug.replace('-', '_'),
        `${article.slug} copy`,
        `-${article.slug}`,
        `${article.slug}-`,
        article.slug.replace('-', '--'),
        `über-${article.slug}`,
        ...RESERVED_SLUGS,
      ].filter((candidate) => candidate !== article.slug),
    );
    const path = `${article.locale}/${slug}.mdx`;
    return {
      files: siteWith(article, articleSources.get(article.path)!, path),
      changed: path,
      expected: { file: `${ARTICLES_DIR}/${path}`, names: new RegExp(`slug "${escape(slug)}"`) },
    };
  },
  'duplicate slug (.md beside .mdx)': (random) => {
    const article = random.pick(realArticles);
    const copy = article.path.replace(/\.mdx$/, '.md');
    return {
      files: new Map(articleSources).set(copy, articleSources.get(article.path)!),
      changed: copy,
      expected: { file: article.file, names: new RegExp(`duplicate slug "${article.slug}" .*${escape(copy)}\\b`) },
    };
  },
  'same slug in both locales, translationOf missing': (random) => {
    const article = pickArticle(random, (candidate) => !candidate.translationOf && !hasCounterpart(candidate));
    if (!article) return undefined;
    const path = `${otherLocale(article.locale)}/${article.slug}.mdx`;
    return {
      files: new Map(articleSources).set(path, articleSources.get(article.path)!),
      changed: path,
      expected: { file: `${ARTICLES_DIR}/${path}`, names: /"translationOf"/ },
    };
  },
  'translation added': (random) => {
    const article = pickArticle(random, (candidate) => !candidate.translationOf && !hasCounterpart(candidate));
    if (!article) return undefined;
    const path = `${otherLocale(article.locale)}/${article.slug}.mdx`;
    const lines = asTranslation(article.lines, article.id, hashValue(random));
    return {
      files: new Map(articleSources).set(path, joinArticle(lines, article.body)),
      changed: path,
      expected: 'accepted',
    };
  },
  'translationOf to nowhere': (random) => {
    const article = pickArticle(random, (candidate) => !candidate.translationOf && !hasCounterpart(candidate));
    if (!article) return undefined;
    const target = `${otherLocale(article.locale)}/${article.slug}`;
    const lines = asTranslation(article.lines, target, hashValue(random));
    // Also as `.md`: the message must name the file as it is.
    const path = random.chance(0.5) ? article.path.replace(/\.mdx$/, '.md') : article.path;
    return {
      files: siteWith(article, joinArticle(lines, article.body), path),
      changed: path,
      expected: {
        file: `${ARTICLES_DIR}/${path}`,
        names: new RegExp(`field "translationOf" points to "${target}", which does not exist`),
      },
    };
  },
  'translationOf another slug': (random) => {
    const article = random.pick(realArticles);
    const other = random.pick(realArticles.filter(({ slug }) => slug !== article.slug));
    const lines = asTranslation(
      withField(withField(article.lines, 'translationOf', undefined), 'originalHash', undefined),
      other.id,
      hashValue(random),
    );
    return {
      files: siteWith(article, joinArticle(lines, article.body)),
      changed: article.path,
      expected: {
        file: article.file,
        names: /field "translationOf" is ".*", but a translation must keep its original's slug/,
      },
    };
  },
  'translationOf itself': (random) => {
    const article = random.pick(realArticles);
    const lines = asTranslation(
      withField(withField(article.lines, 'translationOf', undefined), 'originalHash', undefined),
      article.id,
      hashValue(random),
    );
    return {
      files: siteWith(article, joinArticle(lines, article.body)),
      changed: article.path,
      expected: { file: article.file, names: /field "translationOf" points to this article itself/ },
    };
  },
  'original marked as a translation of its translation': (random) => {
    const translation = pickArticle(random, (candidate) => candidate.translationOf !== undefined);
    const original = translation && realArticles.find(({ id }) => id === translation.translationOf)!;
    if (!original) return undefined;
    const lines = asTranslation(original.lines, translation.id, hashValue(random));
    return {
      files: siteWith(original, joinArticle(lines, original.body)),
      changed: original.path,
      expected: { file: original.file, names: /field "translationOf" points to ".*", which is itself a translation/ },
    };
  },
  'translation fields dropped': (random) => {
    const translation = pickArticle(random, (candidate) => candidate.translationOf !== undefined);
    if (!translation) return undefined;
    const drop = random.pick([['translationOf'], ['originalHash'], ['translationOf', 'originalHash']]);
    const lines = drop.reduce((kept, key) => withField(kept, key, undefined), translation.lines);
    return {
      files: siteWith(translation, joinArticle(lines, translation.body)),
      changed: translation.path,
      // Without both, it is a second original of the same slug; with one, the schema says which is missing.
      expected: { file: translation.file, names: drop.length === 2 ? /"translationOf"/ : fieldNamed('originalHash') },
    };
  },
  'draft true or false (nothing depends on it)': (random) => {
    const article = pickArticle(
      random,
      (candidate) => candidate.translationOf !== undefined || !hasCounterpart(candidate),
    );
    return article && field(article, 'draft', random.pick(['true', 'false']), 'accepted');
  },
};

test('the real articles pass the build checks (the baseline every mutation starts from)', () => {
  assert.deepEqual(articleMessages(articleSources), []);
  assert.equal(realArticles.length, articleSources.size);
  for (const article of realArticles) {
    for (const line of article.lines)
      assert.match(line, /^[a-zA-Z]+:(?: \S|\n {2}\S)/, `${article.file}: one "key: value" entry per field`);
  }
});

test(`${ARTICLE_CASES} mutated articles are accepted or rejected naming file and field`, () => {
  const names = Object.keys(articleMutations);
  fuzz('articles', ARTICLE_CASES, (random) => {
    let mutation: string;
    let made: ArticleCase | undefined;
    do {
      mutation = random.pick(names);
      made = articleMutations[mutation]!(random);
    } while (!made);
    const { files, changed, expected } = made;
    return {
      input: `${mutation}: ${changed} = ${shorten(files.get(changed) ?? '')}`,
      check: () => judge(articleMessages(files), expected),
    };
  });
});

// ---------------------------------------------------------------- table rows

const servicesText = readFileSync(join(ROOT, SERVICES_FILE), 'utf8');
type Row = Record<string, unknown> & { id: string; reason: Record<string, unknown> };
const realRows = parse(servicesText) as Row[];

interface RowCase {
  text: string;
  expected: Expected;
}

const rowNamed = (row: number, pattern: string) => ({
  file: SERVICES_FILE,
  names: new RegExp(`: row ${row}\\b.*${pattern}`),
});

/** The rows written back as YAML after `edit` changed a copy of them. */
function rowsWith(edit: (rows: Row[]) => void): string {
  const rows = structuredClone(realRows);
  edit(rows);
  return stringify(rows);
}

const ROW_FIELDS = ['name', 'provider', 'category', 'verdict', 'reason', 'reason.en', 'reason.de'];
const setRowField = (row: Row, path: string, value: unknown) => {
  const [key, sub] = path.split('.') as [string, string?];
  if (sub === undefined) row[key] = value;
  else row.reason[sub] = value;
};
const dropRowField = (row: Row, path: string) => {
  const [key, sub] = path.split('.') as [string, string?];
  if (sub === undefined) delete row[key];
  else delete row.reason[sub];
};
const WRONG_ROW_VALUES: unknown[] = [42, true, ['yes'], { a: 1 }, 3.5];
const UNKNOWN_VALUES: Record<string, string[]> = {
  verdict: ['maybe', 'Yes', 'YES', 'yes ', 'ja', 'no!', 'true'],
  provider: ['ibm', 'AWS', 'gcp', 'Azure', 'oracle', 'open source'],
  category: ['database', 'Streaming', 'faas', 'serverless'],
};

/** services.yaml with one `name`, `provider`, `category` or `verdict` line broken. */
function rowsTextWithBrokenLine(random: Random, breakers: ((line: string) => string[])[]): string {
  const lines = servicesText.split('\n');
  const candidates = lines.flatMap((line, n) => (/^ {2}(name|provider|category|verdict): \S/.test(line) ? [n] : []));
  const at = random.pick(candidates);
  lines.splice(
    at,
    1,
    ...random
      .pick(breakers)(lines[at]!.slice(2))
      .map((line) => `  ${line}`),
  );
  return lines.join('\n');
}

/** Each mutation makes one case from the real rows. */
const rowMutations: Record<string, (random: Random) => RowCase> = {
  unchanged: () => ({ text: servicesText, expected: 'accepted' }),
  'rows reordered': (random) => ({ text: stringify(random.shuffle(realRows)), expected: 'accepted' }),
  'id missing or empty': (random) => {
    const index = random.int(0, realRows.length - 1);
    const id = random.pick([undefined, '', null]);
    return {
      text: rowsWith((rows) =>
        id === undefined ? dropRowField(rows[index]!, 'id') : setRowField(rows[index]!, 'id', id),
      ),
      expected: rowNamed(index + 1, 'field "id" must be a lowercase kebab-case string'),
    };
  },
  'field dropped': (random) => {
    const index = random.int(0, realRows.length - 1);
    const path = random.pick(ROW_FIELDS);
    return {
      text: rowsWith((rows) => dropRowField(rows[index]!, path)),
      expected: rowNamed(index + 1, `field "${escape(path)}"`),
    };
  },
  'wrong type': (random) => {
    const index = random.int(0, realRows.length - 1);
    const path = random.pick([...ROW_FIELDS, 'id']);
    const value = random.pick(path === 'reason' ? [...WRONG_ROW_VALUES, 'text'] : WRONG_ROW_VALUES);
    return {
      text: rowsWith((rows) => setRowField(rows[index]!, path, value)),
      expected: rowNamed(index + 1, `field "${escape(path)}`),
    };
  },
  empty: (random) => {
    const index = random.int(0, realRows.length - 1);
    const path = random.pick(ROW_FIELDS);
    return {
      text: rowsWith((rows) => setRowField(rows[index]!, path, random.pick(['', null]))),
      expected: rowNamed(index + 1, `field "${escape(path)}`),
    };
  },
  'very long text (no limit)': (random) => {
    const index = random.int(0, realRows.length - 1);
    const path = random.pick(['name', 'reason.en', 'reason.de']);
    const text = `${realRows[index]!.name} `.repeat(random.int(50, 500));
    return { text: rowsWith((rows) => setRowField(rows[index]!, path, text)), expected: 'accepted' };
  },
  'very long id': (random) => {
    const index = random.int(0, realRows.length - 1);
    return { text: rowsWith((rows) => (rows[index]!.id = kebab(random, random.int(100, 300)))), expected: 'accepted' };
  },
  'unknown verdict, provider or category': (random) => {
    const index = random.int(0, realRows.length - 1);
    const key = random.pick(Object.keys(UNKNOWN_VALUES));
    const value = random.pick(UNKNOWN_VALUES[key]!);
    return {
      text: rowsWith((rows) => setRowField(rows[index]!, key, value)),
      expected: rowNamed(index + 1, `field "${key}": ${key} must be one of .*, got ${escape(JSON.stringify(value))}`),
    };
  },
  'duplicate id': (random) => {
    const [first, second] = random.shuffle(realRows.map((_, index) => index)).slice(0, 2) as [number, number];
    return {
      text: rowsWith((rows) => (rows[second]!.id = rows[first]!.id)),
      expected: rowNamed(Math.max(first, second) + 1, 'field "id" duplicates an earlier row'),
    };
  },
  'id not kebab-case': (random) => {
    const index = random.int(0, realRows.length - 1);
    const id = random.pick(['My Service', 'a_b', '-a', 'a--b', 'ä', 'A', 'eks ']);
    return { text: rowsWith((rows) => (rows[index]!.id = id)), expected: rowNamed(index + 1, 'field "id"') };
  },
  'unknown key': (random) => {
    const index = random.int(0, realRows.length - 1);
    const key = random.pick(['verdikt', 'url', 'Name', 'description', 'reasons']);
    return {
      text: rowsWith((rows) => (rows[index]![key] = 'x')),
      expected: rowNamed(index + 1, `Unrecognized key: "${key}"`),
    };
  },
  'control character': (random) => {
    const index = random.int(0, realRows.length - 1);
    const path = random.pick(['name', 'reason.en', 'reason.de']);
    const [key, sub] = path.split('.') as [string, string?];
    const current = String(sub ? realRows[index]!.reason[sub] : realRows[index]![key]);
    const value = insertAt(random, current, random.pick(CONTROL_CHARACTERS));
    return {
      text: rowsWith((rows) => setRowField(rows[index]!, path, value)),
      expected: rowNamed(index + 1, `field "${escape(path)}": .*control character`),
    };
  },
  'links, list and HTML in the text (allowed)': (random) => {
    const index = random.int(0, realRows.length - 1);
    const path = random.pick(['name', 'reason.en', 'reason.de']);
    const extra = random.pick([' <b>bold</b>', ' [docs](https://example.com/a)', ':\n1. one\n2. two', ' & < >']);
    const current = String(path === 'name' ? realRows[index]!.name : realRows[index]!.reason[path.slice(7)]);
    return { text: rowsWith((rows) => setRowField(rows[index]!, path, current + extra)), expected: 'accepted' };
  },
  'recursive YAML alias': (random) => {
    const index = random.int(0, realRows.length - 1);
    const key = random.pick(['verdict', 'provider', 'name']);
    const lines = servicesText.split('\n');
    const at = lines.findIndex(
      (line, n) => n > lines.indexOf(`- id: ${realRows[index]!.id}`) && line.startsWith(`  ${key}:`),
    );
    lines[at] = `  ${key}: &loop [*loop]`;
    return { text: lines.join('\n'), expected: rowNamed(index + 1, `field "${key}"`) };
  },
  'byte order mark or CRLF': (random) => {
    // With and without the comment at the top: the YAML parser takes a BOM before a row for content.
    const text = random.pick([servicesText, stringify(realRows)]);
    const lineEnds = random.pick(['\n', '\r\n']);
    return { text: `${random.pick(['\uFEFF', ''])}${text.replaceAll('\n', lineEnds)}`, expected: 'accepted' };
  },
  'YAML syntax error': (random) => ({
    text: rowsTextWithBrokenLine(random, BROKEN_LINES),
    expected: { file: SERVICES_FILE, names: /: not valid YAML: .*at line \d+, column \d+/ },
  }),
  'YAML typo': (random) => ({
    text: rowsTextWithBrokenLine(random, MISTYPED_LINES),
    expected: {
      file: SERVICES_FILE,
      names: /: not valid YAML: .*at line \d+, column \d+|: field "\w+"|: Unrecognized key/,
    },
  }),
  'not a list of rows': (random) => ({
    text: random.pick(['', 'rows:\n  - id: eks\n', 'just text\n', `services:\n${servicesText.replace(/^/gm, '  ')}`]),
    expected: { file: SERVICES_FILE, names: /expected a list of rows/ },
  }),
  'a row that is not an object': (random) => {
    const index = random.int(0, realRows.length - 1);
    return {
      text: rowsWith((rows) => rows.splice(index, 1, random.pick(['eks', 42, ['a'], null]) as unknown as Row)),
      expected: rowNamed(index + 1, 'expected an object'),
    };
  },
};

test('the real table rows pass the loader check (the baseline every mutation starts from)', () => {
  const { rows, errors } = parseDataRows(servicesText, SERVICES_FILE, serviceSchema);
  assert.deepEqual(errors, []);
  assert.equal(rows.length, realRows.length);
});

test(`${ROW_CASES} mutated table data files are accepted or rejected naming file, row and field`, () => {
  const names = Object.keys(rowMutations);
  fuzz('table rows', ROW_CASES, (random) => {
    const mutation = random.pick(names);
    const { text, expected } = rowMutations[mutation]!(random);
    return {
      input: `${mutation}: ${shorten(text)}`,
      check: () => judge(parseDataRows(text, SERVICES_FILE, serviceSchema).errors, expected),
    };
  });
});

// ---------------------------------------------------------------- table URL state

const STATE_KEYS = ['verdict', 'provider', 'q', 'sort'];
const NOISE_KEYS = ['Verdict', 'VERDICT', 'filter', 'utm_source', '', 'q ', ' sort', 'sort[]', 'page'];
const TEXT_ALPHABET = 'abc xyzÄßé🤔\u0301\u202e\u00a0\t\n+&=%#?/-.\'"<>\u0000\u2028\ud800';
const NEAR_MISSES = ['Yes', 'yes ', ' aws', 'AWS', '--name', '-', 'name-', 'open source', 'Name', '-verdict-', 'null'];

/** A value for a query parameter: valid for some key, almost valid, or any text (up to 400 characters). */
function parameterValue(random: Random): string {
  return random.pick([
    () => random.pick([...VERDICTS, ...PROVIDERS, ...CATEGORIES]),
    () => `${random.pick(['', '-'])}${random.pick(SORT_COLUMNS)}`,
    () => random.pick(NEAR_MISSES),
    () => random.string(random.int(0, 400), TEXT_ALPHABET),
    () => `${' '.repeat(random.int(0, 3))}${random.string(random.int(195, 205), 'ab 🤔')}`,
  ])();
}

/** Raw text with the query's special characters, broken percent-encodings and lone surrogates. */
function rawQuery(random: Random): string {
  const pieces = ['verdict=', 'provider=', 'q=', 'sort=', 'yes', 'aws', '-name', '&', '=', '?', '#', '+', ';', ' '];
  pieces.push('%', '%2', '%zz', '%20', '%E0%A4%A', '%C3%A4', '%00', '%FF', '%2B', '\ud800', '🤔', 'ä', '\n');
  return Array.from({ length: random.int(0, 30) }, () => random.pick(pieces)).join('');
}

/** Why a parsed state is not a valid TableState, if it is not. */
function stateFlaw(state: TableState): string | undefined {
  const extra = Object.keys(state).filter((key) => !STATE_KEYS.includes(key));
  if (extra.length > 0) return `unknown keys ${extra.join(', ')}`;
  if ('verdict' in state && !VERDICTS.includes(state.verdict!)) return 'verdict is not a verdict';
  if ('provider' in state && !PROVIDERS.includes(state.provider!)) return 'provider is not a provider';
  if (typeof state.q !== 'string') return 'q is not text';
  if (state.q !== state.q.trim()) return 'q is not trimmed';
  if (!state.q.isWellFormed()) return 'q contains half a character (a lone surrogate)';
  if ([...state.q].length > 200) return 'q is longer than 200 characters';
  if ('sort' in state) {
    const { column, descending, ...rest } = state.sort!;
    if (!SORT_COLUMNS.includes(column) || typeof descending !== 'boolean' || Object.keys(rest).length > 0) {
      return 'sort is not a column and a direction';
    }
  }
  // What the element writes into the address bar must read back as the same state.
  if (!isDeepStrictEqual(parseTableState(serializeTableState(state)), state))
    return 'does not survive serialize → parse';
  return undefined;
}

/**
 * The state the README's table of links promises for parameters that each occur at most once:
 * a known verdict, provider and sort column (`-` for descending) are taken, anything else is
 * ignored; `q` is the text as typed, trimmed (checked here against `q` as parsed: long ones are cut).
 */
function stateFromReadme(pairs: [string, string][], parsedQ: string): TableState {
  const given = Object.fromEntries(pairs.filter(([key]) => STATE_KEYS.includes(key)));
  // URLSearchParams writes half a character (a lone surrogate) as U+FFFD.
  const typed = (given.q ?? '').toWellFormed().trim();
  assert.ok([...typed].length <= 200 ? parsedQ === typed : typed.startsWith(parsedQ), `q ${JSON.stringify(parsedQ)}`);
  const sort = given.sort ?? '';
  const column = sort.startsWith('-') ? sort.slice(1) : sort;
  return {
    q: parsedQ,
    ...(VERDICTS.includes(given.verdict as never) && { verdict: given.verdict as TableState['verdict'] }),
    ...(PROVIDERS.includes(given.provider as never) && { provider: given.provider as TableState['provider'] }),
    ...(SORT_COLUMNS.includes(column as never) && {
      sort: { column: column as (typeof SORT_COLUMNS)[number], descending: sort.startsWith('-') },
    }),
  };
}

test(`${URL_CASES} random query strings give a valid table state`, () => {
  fuzz('table URL state', URL_CASES, (random) => {
    // Half: known and unknown parameters, each known one at most once, so the README's rules say
    // what the state must be. Half: raw text, where only validity counts.
    const pairs = random
      .shuffle([
        ...random.shuffle(STATE_KEYS).slice(0, random.int(0, 4)),
        ...Array.from({ length: random.int(0, 2) }, () => random.pick(NOISE_KEYS)),
      ])
      .map((key) => [key, parameterValue(random)] as [string, string]);
    const structured = random.chance(0.5);
    const query = `${random.pick(['?', ''])}${structured ? new URLSearchParams(pairs).toString() : rawQuery(random)}`;
    return {
      input: JSON.stringify(query),
      check: () => {
        const state = parseTableState(query);
        const flaw = stateFlaw(state);
        assert.ok(!flaw, `${flaw}: ${JSON.stringify(state)}`);
        if (structured) assert.deepEqual(state, stateFromReadme(pairs, state.q));
        return isDeepStrictEqual(state, { q: '' }) ? 'rejected' : 'accepted';
      },
    };
  });
});

test('the fuzzing ran at least 500 cases, with both outcomes for every target', (t) => {
  const total = Object.values(outcomes).reduce((sum, { cases }) => sum + cases, 0);
  t.diagnostic(`seed ${SEED}: ${total} cases, ${JSON.stringify(outcomes)}`);
  assert.deepEqual(Object.keys(outcomes).sort(), ['articles', 'table URL state', 'table rows']);
  assert.equal(total, ARTICLE_CASES + ROW_CASES + URL_CASES);
  assert.ok(total >= 500, `only ${total} cases`);
});
