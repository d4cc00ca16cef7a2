/**
 * The host page's own hash, where a link names the event an embed opens:
 * `#news-timeline=uk-sanctions`, or `#NAME=…` for an embed with data-name="NAME".
 * The host's other hash parameters are left as they are.
 */
import { isId } from '../../data/idPattern';

/** The event the hash links the embed `name` to, or null for none (or for anything that is not an id). */
export function linkedEvent(hash: string, name: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(name);
  return isId(value) ? value : null;
}

/** The hash linking the embed `name` to `event`, or to nothing for null ('' when no parameter is left). */
export function withLinkedEvent(hash: string, name: string, event: string | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (event === null) params.delete(name);
  else params.set(name, event);
  const text = params.toString();
  return text ? `#${text}` : '';
}
