/**
 * For `npm run review`: what a change does to the addresses and section links readers may have
 * linked to, from the record each build computes (src/lib/published-links.ts). A build never
 * drops a recorded address, so a change can only add addresses or serve old ones another way.
 */
import { splitAddress, type PublishedLink } from '../../src/lib/published-links.ts';

export interface LinkChange {
  address: string;
  /** How the base served it. */
  was: string;
  /** How the change serves it: `alias=#id`, `retired=/en/x/`, `moved=/en/y/#id`, … */
  now: string;
}

export interface LinkChanges {
  /** Addresses the base did not serve. */
  added: PublishedLink[];
  /**
   * Section links that still land, on a renamed heading or row: `alias=#<id now>` on its page, or
   * a redirect's or moved page's link now sent on to the renamed section.
   */
  aliased: LinkChange[];
  /** Section links whose readers now land on the top of the page (content/retired.yaml). */
  retired: LinkChange[];
  /** Addresses served another way: an article renamed (`moved=`), a page turned into a redirect. */
  changed: LinkChange[];
}

/** `moved=/en/x/#a` and `moved=/en/x/#b`: the same way to the same page, to another section of it. */
function sameButFragment(was: string, now: string): boolean {
  const [wasWay, wasTo] = was.split('=');
  const [nowWay, nowTo] = now.split('=');
  return (
    wasWay === nowWay && nowTo !== undefined && wasTo !== undefined && splitAddress(wasTo)[0] === splitAddress(nowTo)[0]
  );
}

/** What a section link lands on: `alias=#b` → `#b`, `moved=/en/x/#b` → `/en/x/#b`. */
const landsOn = (how: string) => how.slice(how.indexOf('=') + 1);

/** The changes between the records of two builds. */
export function linkChanges(before: readonly PublishedLink[], after: readonly PublishedLink[]): LinkChanges {
  const was = new Map(before.map((link) => [link.address, link.how]));
  const changes: LinkChanges = { added: [], aliased: [], retired: [], changed: [] };
  for (const link of after) {
    const how = was.get(link.address);
    if (how === undefined) changes.added.push(link);
    else if (how !== link.how) {
      const change = { address: link.address, was: how, now: link.how };
      if (link.how.startsWith('alias=') || sameButFragment(how, link.how)) changes.aliased.push(change);
      else if (link.how.startsWith('retired=')) changes.retired.push(change);
      else changes.changed.push(change);
    }
  }
  return changes;
}

/** Whether the change touches any address or section link. */
export function hasLinkChanges({ added, aliased, retired, changed }: LinkChanges): boolean {
  return added.length + aliased.length + retired.length + changed.length > 0;
}

/** At most this many section links are named per added page; the rest are counted. */
const NAMED_SECTIONS = 5;

/**
 * Markdown lines for the review: added addresses one line per page (with its new section links),
 * then every aliased, retired or otherwise changed one. One line when nothing changed.
 */
export function formatLinkChanges(changes: LinkChanges): string[] {
  const { added, aliased, retired, changed } = changes;
  if (!hasLinkChanges(changes)) {
    return ['Addresses and section links: none added, aliased or retired.', ''];
  }
  const byPage = new Map<string, string[]>();
  for (const { address } of added) {
    const [path, fragment] = splitAddress(address);
    const sections = byPage.get(path) ?? [];
    if (fragment !== undefined) sections.push(`#${fragment}`);
    byPage.set(path, sections);
  }
  const pageLine = ([path, sections]: [string, string[]]) => {
    const isNew = added.some(({ address }) => address === path);
    const named = sections.slice(0, NAMED_SECTIONS).map((section) => `\`${section}\``);
    if (sections.length > NAMED_SECTIONS) named.push(`${sections.length - NAMED_SECTIONS} more`);
    const list =
      named.length > 0
        ? `${sections.length} section link${sections.length === 1 ? '' : 's'} (${named.join(', ')})`
        : '';
    return isNew ? `- added: \`${path}\`${list ? ` and ${list}` : ''}` : `- added on \`${path}\`: ${list}`;
  };
  return [
    `**Addresses and section links (${added.length} added, ${aliased.length} aliased, ${retired.length} retired${changed.length > 0 ? `, ${changed.length} served another way` : ''})**`,
    '',
    ...[...byPage].map(pageLine),
    ...aliased.map(({ address, now }) => `- aliased: \`${address}\` still lands, on \`${landsOn(now)}\``),
    ...retired.map(({ address, now }) => `- retired: \`${address}\` (its readers land on \`${landsOn(now)}\`)`),
    ...changed.map(({ address, was, now }) => `- served another way: \`${address}\` was \`${was}\`, now \`${now}\``),
    '',
  ];
}
