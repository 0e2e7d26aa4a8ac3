/** A tag as readers see it: `organisational-learning` → `organisational learning`. */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}

/** Tags with how many items carry each, most used first, then alphabetically. */
export function countTags(items: { tags: string[] }[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { tags } of items) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
