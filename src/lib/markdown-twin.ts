/**
 * The Markdown twin of an article (`/<locale>/<slug>.md`): its MDX source turned into plain
 * CommonMark + GFM that any Markdown reader (people, tools, language models) can use as it is.
 */
import { headingAttributeBlock } from './heading-ids.ts';
import { parseRichText, type Inline } from './rich-text.ts';

/** How a twin is served: by its route, and by hosts that read `/_headers` (they guess from the extension). */
export const MARKDOWN_CONTENT_TYPE = 'text/markdown; charset=utf-8';

export interface MarkdownTwinInput {
  title: string;
  /** The line under the title: date, canonical URL, licence. */
  meta: string;
  /** The MDX body (no frontmatter). */
  body: string;
  /** Where site-relative links point: `https://ruempler.eu`. */
  origin: string;
  /** Markdown for each component the body may use as `<Name />` on its own line. */
  components: Record<string, string>;
}

/** A code fence's line: up to three spaces, three or more backticks or tildes, then the info string. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** A component on a line of its own: `<ServerlessTable />`. */
const COMPONENT = /^<([A-Z][A-Za-z0-9]*)\s*\/>$/;
/**
 * In text outside code blocks: a code span (kept as it is), an MDX comment `{/* … *\/}`, or the
 * target of a link or reference definition that starts with one `/`.
 */
const TEXT_REWRITES = /(`+)[\s\S]*?\1|\{\/\*[\s\S]*?\*\/\}|(\]\(|^\[[^\]]+\]:\s*)(\/(?!\/))/gm;

/** Splits a body into text and fenced code blocks (fences included); code is never rewritten. */
function splitFences(body: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let open: string | undefined;
  for (const line of body.split('\n')) {
    const [, fence, info] = FENCE.exec(line) ?? [];
    const code = open !== undefined || fence !== undefined;
    const previous = parts.at(-1);
    if (previous?.code === code) previous.text += `\n${line}`;
    else parts.push({ code, text: line });
    if (open === undefined) open = fence;
    // Closed by a fence of the same character, at least as long, with nothing after it.
    else if (fence?.[0] === open[0] && fence.length >= open.length && !info!.trim()) open = undefined;
  }
  return parts;
}

/**
 * A heading's `{#id}` as an empty anchor at the end of its line: `## Why {#why}` → `## Why <a id="why"></a>`.
 * `{#id}` is no CommonMark (GitHub and most renderers print it); an empty `<a id>` is raw inline
 * HTML that renderers show as nothing while the id stays a link target (GitHub keeps it, prefixed
 * `user-content-`), and markdownlint allows it by name (MD033) and counts it as one (MD051).
 */
function headingIdAnchor(line: string, nextLine: string): string {
  const block = headingAttributeBlock(line, nextLine);
  if (!block) return line;
  const anchor = block.id ? ` <a id="${block.id.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></a>` : '';
  return line.slice(0, block.start).trimEnd() + anchor + line.slice(block.end);
}

function rewriteText(text: string, origin: string, components: MarkdownTwinInput['components']): string {
  const rewritten = text.replace(TEXT_REWRITES, (match, tick, linkStart, slash) => {
    if (tick) return match;
    if (linkStart) return `${linkStart}${origin}${slash}`;
    return ''; // an MDX comment
  });
  return (
    rewritten
      // Removed comments leave empty lines behind (code keeps its own).
      .replace(/\n{3,}/g, '\n\n')
      .split('\n')
      .map((line, index, lines) => {
        const name = COMPONENT.exec(line.trim())?.[1];
        if (name === undefined) return headingIdAnchor(line, lines[index + 1] ?? '');
        const markdown = components[name];
        // A component without a Markdown form would leave JSX in the twin: fail the build instead.
        if (markdown === undefined) throw new Error(`markdown twin: no Markdown form for <${name} />`);
        return markdown;
      })
      .join('\n')
  );
}

/**
 * `# Title`, the meta line, then the body: MDX comments removed, components written out,
 * site-relative links made absolute, heading ids as anchors; code blocks and code spans stay as
 * written.
 */
export function markdownTwin({ title, meta, body, origin, components }: MarkdownTwinInput): string {
  const text = splitFences(body)
    .map((part) => (part.code ? part.text : rewriteText(part.text, origin, components)))
    .join('\n')
    .trim();
  return `# ${title}\n\n${meta}\n\n${text}\n`;
}

/** Backslash-escapes what Markdown would read as syntax in a table cell's text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|&]/g, '\\$&');
}

const inlineMarkdown = (inlines: Inline[]) =>
  inlines
    .map((inline) =>
      typeof inline === 'string'
        ? escapeMarkdown(inline) // A pipe would end the table cell even inside a link target.
        : `[${escapeMarkdown(inline.text)}](${inline.href.replaceAll('|', '%7C')})`,
    )
    .join('');

/**
 * A table reason (src/lib/rich-text.ts) on one line for a table cell: a numbered list becomes
 * `1. first 2. second`.
 */
export function richTextMarkdown(text: string): string {
  return parseRichText(text)
    .map((block) =>
      'paragraph' in block
        ? inlineMarkdown(block.paragraph)
        : block.list.map((item, index) => `${index + 1}. ${inlineMarkdown(item)}`).join(' '),
    )
    .join(' ');
}

/** A GFM table; cells are Markdown already (escaped where needed). */
export function gfmTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
