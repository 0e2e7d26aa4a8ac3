/**
 * What a reader does, in any engine (engines.ts): each journey returns the problems it found, one
 * line each naming the page, or none. Expectations come from the sources (the page plan, the
 * table's data, the old blog's permalinks), never from the page under test.
 */
import type { Engine } from './engines.ts';

/** Polls `condition` (a script returning a boolean) until it holds; false after `ms`. */
async function eventually(engine: Engine, condition: string, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms;
  do {
    if (await engine.evaluate<boolean>(condition)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < until);
  return false;
}

/** Every page fits its width without sideways scrolling, at each of `widths` (or the narrowest the engine allows). */
export async function pagesFit(engine: Engine, origin: string, paths: string[], widths: number[]): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    const inner = await engine.resize(width, 900);
    for (const path of paths) {
      await engine.open(origin + path);
      const scroll = await engine.evaluate<number>('return document.documentElement.scrollWidth');
      if (scroll > inner) problems.push(`${path} at ${inner} px: ${scroll} px wide`);
    }
  }
  return problems;
}

/**
 * Every page's scripts ran: each custom element on it is defined (a script that throws, or that the
 * CSP blocks, leaves its element undefined), and the engine reported no script error.
 */
export async function scriptsRun(engine: Engine, origin: string, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  engine.takeErrors();
  for (const path of paths) {
    await engine.open(origin + path);
    const undefinedElements = await engine.evaluate<string[]>(
      `return [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('kb-')))]
        .filter((name) => !customElements.get(name))`,
    );
    for (const name of undefinedElements) problems.push(`${path}: <${name}> never came to life (its script failed)`);
    for (const error of engine.takeErrors()) problems.push(`${path}: ${error}`);
  }
  return problems;
}

/** The reader's theme choice holds on the next page. */
export async function themePersists(engine: Engine, origin: string, first: string, next: string): Promise<string[]> {
  await engine.open(origin + first);
  await engine.evaluate('localStorage.clear(); return true');
  await engine.open(origin + first);
  await engine.select('kb-theme-picker select', 'dark');
  await engine.open(origin + next);
  const [theme, choice] = await engine.evaluate<[string | undefined, string]>(
    `return [document.documentElement.dataset.theme, document.querySelector('kb-theme-picker select').value]`,
  );
  await engine.evaluate('localStorage.clear(); return true');
  return theme === 'dark' && choice === 'dark' ? [] : [`${next}: theme ${theme}, picker ${choice} after choosing dark`];
}

/**
 * On a phone the header is one row of at most 56 px, and its Menu button opens the navigation and
 * the tools (the popover needs no script): the search field shows once the menu is open.
 */
export async function phoneMenuOpens(engine: Engine, origin: string, path: string): Promise<string[]> {
  const width = await engine.resize(375, 812);
  await engine.open(origin + path);
  const problems: string[] = [];
  const header = await engine.evaluate<number>(
    `return document.querySelector('.site-header').getBoundingClientRect().height`,
  );
  if (header > 56) problems.push(`${path} at ${width} px: the header is ${header} px high`);
  const shown = `return document.querySelector('#header-search').checkVisibility()`;
  if (await engine.evaluate<boolean>(shown))
    problems.push(`${path} at ${width} px: the search field shows before the menu opens`);
  await engine.click('.menu-button');
  if (!(await eventually(engine, shown))) problems.push(`${path} at ${width} px: the menu did not open`);
  await engine.resize(1280, 900);
  return problems;
}

/** The ids of the table's rows shown now, as an expression. */
const ROW_IDS = `[...document.querySelectorAll('kb-serverless-table tbody tr')].map((tr) => tr.id)`;
const rowIds = `return ${ROW_IDS}`;

/**
 * The table filters from its address and from its controls, and sorts: `yes` are the ids of the
 * rows whose verdict is yes, `all` every row's id, `names` every row's name.
 */
export async function tableWorks(
  engine: Engine,
  origin: string,
  path: string,
  { yes, all, names }: { yes: string[]; all: string[]; names: string[] },
): Promise<string[]> {
  const problems: string[] = [];
  const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
  await engine.open(`${origin}${path}?verdict=yes`);
  if (!(await eventually(engine, `return ${ROW_IDS}.length === ${yes.length}`)))
    problems.push(`${path}?verdict=yes: ${(await engine.evaluate<string[]>(rowIds)).length} rows, not ${yes.length}`);
  else if (!same(await engine.evaluate<string[]>(rowIds), yes)) problems.push(`${path}?verdict=yes: other rows`);
  await engine.open(origin + path);
  await engine.select('kb-serverless-table select[name="verdict"]', 'yes');
  if (!(await eventually(engine, `return location.search === '?verdict=yes' && ${ROW_IDS}.length === ${yes.length}`)))
    problems.push(`${path}: choosing "yes" does not filter (${await engine.evaluate('return location.search')})`);
  await engine.open(origin + path);
  await engine.type('kb-serverless-table input[name="q"]', 'zzzz-nothing');
  if (!(await eventually(engine, `return ${ROW_IDS}.length === 0`)))
    problems.push(`${path}: searching the table for nothing leaves rows`);
  await engine.open(origin + path);
  if (!same(await engine.evaluate<string[]>(rowIds), all)) problems.push(`${path}: not every row at first`);
  try {
    await engine.click('kb-serverless-table th[data-sort="name"] button');
  } catch {
    return [...problems, `${path}: no control to sort by name`];
  }
  const sorted = [...names].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare);
  const shownNames = `return [...document.querySelectorAll('kb-serverless-table tbody th')].map((th) => th.textContent.replace(/\\s*#$/, '').trim())`;
  const ascending = await eventually(
    engine,
    `return document.querySelector('kb-serverless-table th[data-sort="name"]').getAttribute('aria-sort') === 'ascending'`,
  );
  const order = await engine.evaluate<string[]>(shownNames);
  if (!ascending || order.join('|') !== sorted.join('|'))
    problems.push(`${path}: sorting by name gives ${order.slice(0, 3).join(', ')} …`);
  return problems;
}

/** Where the element with `id` is: its top in the window, and whether it is inside it. */
const inView = (id: string) =>
  `const element = document.getElementById(${JSON.stringify(id)}); if (!element) return false;
   const top = element.getBoundingClientRect().top; return top >= -2 && top < innerHeight`;

/** A link to a table row lands on it. */
export async function rowLinkLands(engine: Engine, origin: string, path: string, id: string): Promise<string[]> {
  await engine.open(`${origin}${path}#${id}`);
  return (await eventually(engine, inView(id))) ? [] : [`${path}#${id}: the row is not in view`];
}

/** The site search lists results for a query found in the articles. */
export async function searchFinds(engine: Engine, origin: string, path: string, expected: string): Promise<string[]> {
  await engine.open(origin + path);
  const found = await eventually(
    engine,
    `return [...document.querySelectorAll('kb-search .result h2 a')].some((a) => a.getAttribute('href') === ${JSON.stringify(expected)})`,
    10_000,
  );
  return found ? [] : [`${path}: no result ${expected}`];
}

/** An old section link (the old blog's address, its heading id) lands on the heading, at the article's address now. */
export async function oldLinkLands(
  engine: Engine,
  origin: string,
  { from, to, oldId, id }: { from: string; to: string; oldId: string; id: string },
): Promise<string[]> {
  await engine.open(`${origin}${from}#${oldId}`);
  const landed = await eventually(
    engine,
    `return location.pathname === ${JSON.stringify(to)} && (() => { ${inView(id)} })()`,
  );
  return landed ? [] : [`${from}#${oldId}: at ${await engine.evaluate('return location.pathname + location.hash')}`];
}

/** On a wide screen the contents mark the section being read. */
export async function contentsFollow(engine: Engine, origin: string, path: string, id: string): Promise<string[]> {
  await engine.resize(1440, 900);
  await engine.open(`${origin}${path}#${id}`);
  const marked = await eventually(
    engine,
    `return document.querySelector('.toc [aria-current]')?.getAttribute('href') === ${JSON.stringify(`#${id}`)}`,
  );
  return marked
    ? []
    : [
        `${path}#${id}: the contents mark ${await engine.evaluate(`return document.querySelector('.toc [aria-current]')?.getAttribute('href') ?? 'nothing'`)}`,
      ];
}
