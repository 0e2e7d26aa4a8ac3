import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { dictionaries, fill } from '../i18n/index.ts';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales.ts';
import { headingIdSequence, LINKED_HEADING_DEPTHS } from '../lib/heading-ids.ts';
import { FORMER_ID_CLASS } from '../lib/published-links.ts';
import { formerHeadingIdErrors, formerHeadingIdsFor, formerIdsByHeading, projectFile } from './former-heading-ids.ts';

/**
 * A Sätteri hast plugin for the headings of an article:
 * - every h2 and h3 gets a self-link whose accessible name says where it leads, in the language
 *   of the article file (content/articles/<locale>/…): "Link to section: …" / "Link zum
 *   Abschnitt: …". The link has no text of its own (CSS draws the "#"), so heading texts in the
 *   ToC, search and feeds stay clean. h2/h3 without an explicit `{#id}` get the slug Astro would
 *   give them (this plugin runs before Astro's own heading-id pass);
 * - a heading whose id has former ids (`formerHeadingIds` of the original article) starts with
 *   an empty `<span id="<former id>">` per old id, so old links land on it without JavaScript.
 *   The build fails when a former id is also a live heading id, or leads to no heading.
 */
export function headingAnchors(context: PluginFactoryContext) {
  const path = context.fileURL ? fileURLToPath(context.fileURL) : '';
  const folder = path.match(/\/articles\/([a-z]{2})\//)?.[1] ?? '';
  const locale = isLocale(folder) ? folder : DEFAULT_LOCALE;
  const label = dictionaries[locale]['article.sectionLink'];
  const headingId = headingIdSequence();
  const astro = context.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  const declared = formerHeadingIdsFor(path, astro?.frontmatter ?? {});
  const formerIds = formerIdsByHeading(declared.ids);
  const seen: string[] = [];
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const explicitId = node.properties?.id;
        const linked = LINKED_HEADING_DEPTHS.includes(Number(node.tagName.slice(1)));
        // Deeper headings keep their explicit id; Astro's own pass gives the others theirs later.
        const id = linked ? headingId(text, explicitId) : typeof explicitId === 'string' ? explicitId : undefined;
        if (id === undefined) return;
        seen.push(id);
        if (linked && id !== explicitId) ctx.setProperty(node, 'id', id);
        const olds = formerIds.get(id) ?? [];
        if (olds.length > 0) {
          ctx.prependChild(
            node,
            olds.map((old) => ({
              type: 'element' as const,
              tagName: 'span',
              properties: { id: old, className: [FORMER_ID_CLASS] },
              children: [],
            })),
          );
        }
        if (!linked) return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-anchor'],
            href: `#${id}`,
            ariaLabel: fill(label, { heading: text }),
            dataPagefindIgnore: '',
          },
          children: [],
        });
      },
    },
    after() {
      const errors = formerHeadingIdErrors(declared, seen, projectFile(path));
      if (errors.length > 0) throw new Error(`Invalid former heading ids:\n- ${errors.join('\n- ')}`);
    },
  });
}
