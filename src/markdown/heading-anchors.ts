import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { dictionaries, fill } from '../i18n/index.ts';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales.ts';

/**
 * A Sätteri hast plugin: every h2 and h3 with an id gets a visible self-link ("#") whose
 * accessible name says where it leads, in the language of the article file
 * (content/articles/<locale>/…): "Link to section: …" / "Link zum Abschnitt: …".
 */
export function headingAnchors(context: PluginFactoryContext) {
  const folder = context.fileURL?.pathname.match(/\/articles\/([a-z]{2})\//)?.[1] ?? '';
  const locale = isLocale(folder) ? folder : DEFAULT_LOCALE;
  const label = dictionaries[locale]['article.sectionLink'];
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string' || !id) return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-anchor'],
            href: `#${id}`,
            ariaLabel: fill(label, { heading: ctx.textContent(node).trim() }),
            dataPagefindIgnore: '',
          },
          children: [{ type: 'text', value: '#' }],
        });
      },
    },
  });
}
