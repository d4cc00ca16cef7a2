/**
 * A short fingerprint of a document's exact text (32-bit FNV-1a over its UTF-16
 * code units). The build records the built-in story's, so the app can tell the
 * file it validated from one that was changed afterwards. It guards against
 * accidents (a hand-edited or stale file), not an attacker: anyone who can
 * rewrite files on the app's own origin can rewrite the app too.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
