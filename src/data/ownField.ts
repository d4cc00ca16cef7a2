/**
 * A field of an untrusted value, only if the value is a plain object that has it as
 * its own: never read through a prototype (`{"__proto__": {...}}`) or off an array.
 */
export function ownField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}
