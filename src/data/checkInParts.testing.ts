/**
 * For tests: a document's text run through the checks in parts (checkInParts.ts) as the
 * document worker runs it, the text arriving in pieces of `piece` characters and its events read
 * in parts of `perPart`, all in one go.
 */
import { checksInParts, type ChecksInParts } from './checkInParts';
import { EventsAsTheyArrive } from './eventsInText';

/** True where the checks in parts pass the document, false where they give no verdict. */
export function passesInParts(text: string, { perPart = 2, piece = 64 } = {}): boolean {
  let checks = null as ChecksInParts | null;
  let passing = true;
  const scan = new EventsAsTheyArrive(
    perPart,
    (json) => {
      let events: unknown[];
      try {
        events = JSON.parse(json) as unknown[];
      } catch {
        passing = false;
        return;
      }
      passing = (checks?.part(events) ?? false) && passing;
    },
    (before) => (checks = checksInParts(before)),
  );
  for (let at = 0; at < text.length; at += piece) scan.add(text.slice(at, at + piece));
  const ahead = scan.end();
  return ahead !== null && passing && (checks?.end(ahead) ?? false);
}
