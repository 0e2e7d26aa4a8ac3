/**
 * For `npm run review`: the bytes of each page a change adds or changes, against the budgets of its
 * kind (tests/support/page-weight.ts, the same the built-site tests assert).
 */
import { budgetChecks } from '../../tests/support/page-weight.ts';

/** `3415` → `3,415 B` */
const bytes = (count: number) => `${count.toLocaleString('en')} B`;

/** Markdown lines: one per page, its measures against their budgets; those over are marked. */
export function formatPageBytes(pages: { path: string; html: string }[]): string[] {
  if (pages.length === 0) return [];
  let over = 0;
  const lines = pages.map(({ path, html }) => {
    const checks = budgetChecks(path, html);
    if (checks.some(({ bytes: size, budget }) => size > budget)) over += 1;
    const measures = checks.map(({ what, bytes: size, budget }) => {
      const measure = `${what} ${bytes(size)} of ${bytes(budget)}`;
      return size > budget ? `**${measure}: over by ${bytes(size - budget)}**` : measure;
    });
    return `- \`${path}\`: ${measures.join(', ')}`;
  });
  return [
    `**Bytes of the changed pages, gzipped (${over === 0 ? 'all within their budgets' : `${over} over budget`})**`,
    '',
    ...lines,
    '',
  ];
}
