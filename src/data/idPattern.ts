/**
 * What an id looks like, everywhere one is written or read: in the story's data, the
 * URL, the embed loader and the messages between a host page and its timeline.
 * Free of dependencies, so the smallest bundle (the embed loader) can share it.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ID_RULE = 'must be lowercase letters and digits joined by single hyphens';

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
