import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { dictionaries, fill } from '../i18n/index.ts';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales.ts';
import { headingIdSequence } from '../lib/heading-ids.ts';

/**
 * A Sätteri hast plugin: every h2 and h3 gets a self-link whose accessible name says where it
 * leads, in the language of the article file (content/articles/<locale>/…): "Link to section: …"
 * / "Link zum Abschnitt: …". The link has no text of its own (CSS draws the "#"), so heading
 * texts in the ToC, search and feeds stay clean. Headings without an explicit `{#id}` get the
 * slug Astro would give them (this plugin runs before Astro's own heading-id pass).
 */
export function headingAnchors(context: PluginFactoryContext) {
  const folder = context.fileURL?.pathname.match(/\/articles\/([a-z]{2})\//)?.[1] ?? '';
  const locale = isLocale(folder) ? folder : DEFAULT_LOCALE;
  const label = dictionaries[locale]['article.sectionLink'];
  const headingId = headingIdSequence();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const explicitId = node.properties?.id;
        const id = headingId(text, explicitId);
        if (id !== explicitId) ctx.setProperty(node, 'id', id);
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
  });
}
