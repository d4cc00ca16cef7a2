/**
 * The parts of a document the schema rejected that can still be cross-checked: each
 * list entry and event field on its own, kept where it passes its own schema, left
 * undefined where it does not (the schema has reported it). So a bad date does not
 * hide an unknown lane or a made-up quote elsewhere, or in the same event.
 */
import type { EventFields, EventQuotes } from './integrity.ts';
import { ownField } from './ownField.ts';
import {
  actorSchema,
  citationSchema,
  kindSchema,
  landmarkSchema,
  laneSchema,
  narrativeSchema,
  relationSchema,
  sourceSchema,
  timelineEventSchema,
  type Landmark,
  type Narrative,
} from './schema.ts';

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** `value` as `schema` reads it, or undefined when it fails. */
function sound<T>(schema: Schema<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Each entry of a list through `read`, in its place; undefined for no list (or an empty one: nothing to refer to). */
function each<T>(list: unknown, read: (entry: unknown) => T | undefined): (T | undefined)[] | undefined {
  return Array.isArray(list) && list.length > 0 ? list.map(read) : undefined;
}

const citations = (list: unknown) => each(list, (citation) => sound(citationSchema, citation));
const withId = (shape: { id: Schema<string> }) => (entry: unknown) => ({ id: sound(shape.id, ownField(entry, 'id')) });

function eventFields(raw: unknown): EventFields & EventQuotes {
  const field = <T>(name: keyof typeof timelineEventSchema.shape, schema: Schema<T>) => sound(schema, ownField(raw, name));
  const shape = timelineEventSchema.shape;
  return {
    id: field('id', shape.id),
    lane: field('lane', shape.lane),
    kinds: field('kinds', shape.kinds),
    start: field('start', shape.start),
    end: field('end', shape.end),
    citations: citations(ownField(raw, 'citations')),
    discrepancies: each(ownField(raw, 'discrepancies'), (discrepancy) => ({ citations: citations(ownField(discrepancy, 'citations')) })),
    assertion: field('assertion', shape.assertion),
    claimedBy: field('claimedBy', shape.claimedBy),
    by: field('by', shape.by),
    relations: each(ownField(raw, 'relations'), (relation) => sound(relationSchema, relation)),
  };
}

/** Everything in `json` that the cross-checks can still use. */
export function soundParts(json: unknown) {
  const field = (name: string) => ownField(json, name);
  return {
    actors: each(field('actors'), withId(actorSchema.shape)),
    lanes: each(field('lanes'), withId(laneSchema.shape)),
    kinds: each(field('kinds'), withId(kindSchema.shape)),
    sources: each(field('sources'), (source) => ({
      id: sound(sourceSchema.shape.id, ownField(source, 'id')),
      text: sound(sourceSchema.shape.text, ownField(source, 'text')),
    })),
    events: each(field('events'), eventFields)?.flatMap((event, index) => (event ? [{ index, event }] : [])),
    landmarks: each(field('landmarks'), (landmark): Landmark | undefined => sound(landmarkSchema, landmark)),
    narratives: each(field('narratives'), (narrative): Narrative | undefined => sound(narrativeSchema, narrative)),
  };
}
