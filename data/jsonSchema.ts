/** The compiled timeline schema as JSON Schema, for people who bring their own data. */
import { z } from 'zod/mini';
import { timelineSchema } from '../src/data/schema.ts';

export const JSON_SCHEMA_FILE = 'timeline.schema.json';

export function timelineJsonSchema(): string {
  const schema = z.toJSONSchema(timelineSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Timeline document', $id: 'timeline.schema.json' }, null, 2)}\n`;
}
