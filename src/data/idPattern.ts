/**
 * What an id looks like, everywhere one is written or read: in the story's data, the
 * URL, the embed loader and the messages between a host page and its timeline.
 * Free of dependencies, so the smallest bundle (the embed loader) can share it.
 */
// "constructor" names a property every JavaScript object has: the timeline library, which keys
// its items by id, breaks on it (an event titled "Constructor" took the whole page down).
export const ID_PATTERN = /^(?!constructor$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ID_RULE = 'must be lowercase letters and digits joined by single hyphens (and not "constructor")';

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** An id as the schema wants it (lowercase words joined by hyphens), made from any words. */
export function toId(words: string, fallback: string): string {
  const id = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  if (id === '') return fallback;
  return ID_PATTERN.test(id) ? id : `${id}-${fallback}`;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
