/**
 * Stands in for the `xss` package inside vis-timeline (see the alias in vite.config.ts).
 * vis-timeline passes every string it puts into innerHTML (tooltips, axis labels) through
 * `new FilterXSS().process()`. The package lets "safe" HTML through; this lets none: our
 * items and lanes are drawn by templates as DOM text, so any string that reaches
 * vis-timeline is plain text and is escaped whole. Stricter, and ~6 KB gzip lighter.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export class FilterXSS {
  process(input: string): string {
    return escapeMarkup(input);
  }
}

export default { FilterXSS };
