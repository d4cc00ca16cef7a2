/**
 * Origins other than the app's own that `?data=` may load from, fixed at build time
 * (VITE_DATA_ORIGINS, comma-separated) so nobody can dress up arbitrary content in
 * a trusted frame by crafting a link.
 */
export const ALLOWED_DATA_ORIGINS: string[] = String(import.meta.env.VITE_DATA_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter((origin) => origin !== '');
