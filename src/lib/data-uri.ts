/**
 * An SVG as a `data:` URI, for an icon that must not cost a request. Only the characters a URL
 * may not hold (space, `<`, `>`, `#`, `%`, braces) are escaped, and double quotes become single,
 * so it stays nearly as small as the file.
 * - `svgDataUri('<svg fill="#fff"/>')` → `data:image/svg+xml,%3Csvg%20fill='%23fff'/%3E`
 */
export function svgDataUri(svg: string): string {
  const escaped = svg
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/"/g, "'")
    .replace(/[ <>#%{}]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `data:image/svg+xml,${escaped}`;
}
