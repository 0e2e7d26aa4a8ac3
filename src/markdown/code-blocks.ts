import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import type { Element } from 'hast';
import { styleToClasses } from './code-colors.ts';

/** Replaces Shiki's inline style with classes (see code-colors.ts), keeping any other class. */
function styleAsClasses(node: Readonly<Element>, ctx: HastVisitorContext) {
  const style = node.properties?.style;
  if (typeof style !== 'string' || !style.includes('--shiki')) return;
  const classes = styleToClasses(style);
  if (!classes) return;
  // Shiki's nodes carry `class` as a string; hast elsewhere uses a `className` list.
  const existing = node.properties?.className ?? node.properties?.class;
  const kept = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(' ') : [];
  ctx.setProperty(node, 'class', undefined);
  ctx.setProperty(node, 'className', [...kept, ...classes]);
  ctx.setProperty(node, 'style', undefined);
}

/**
 * A Sätteri hast plugin for highlighted code (it runs after Shiki):
 * - each code block is wrapped in a `<figure>` (the copy button script adds its button there),
 *   with a caption naming the language, plain text too (shown without JavaScript), so that the band
 *   above the code that also holds the copy button is never an empty strip;
 * - Shiki's inline styles become classes, so the CSP allows no inline styles.
 */
export const codeBlocks = defineHastPlugin({
  name: 'code-blocks',
  element: [
    { filter: ['span'], visit: styleAsClasses },
    {
      filter: ['pre'],
      visit(node, ctx) {
        styleAsClasses(node, ctx);
        const language = node.properties?.dataLanguage;
        if (typeof language !== 'string' || !language) return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['code-block'] },
          children: [
            {
              type: 'element',
              tagName: 'figcaption',
              properties: {
                className: ['code-language'],
                dataSiteText: '',
                dataPagefindIgnore: '',
              },
              children: [{ type: 'text', value: language }],
            },
          ],
        });
      },
    },
  ],
});
