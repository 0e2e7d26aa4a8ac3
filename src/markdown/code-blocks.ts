import { defineHastPlugin } from 'satteri';

/**
 * A Sätteri hast plugin: wraps each highlighted code block in a `<figure>` whose caption names
 * the language (shown without JavaScript; the copy button script adds its button there).
 * Runs after Shiki, which sets `data-language` on the `<pre>`.
 */
export const codeBlocks = defineHastPlugin({
  name: 'code-blocks',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
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
            properties: { className: ['code-language'], dataSiteText: '', dataPagefindIgnore: '' },
            children: [{ type: 'text', value: language }],
          },
        ],
      });
    },
  },
});
