/**
 * A quick yes to "does this document pass the schema as it stands?", read from the zod schema
 * itself (its definition: objects, arrays, strings and their checks), so the schema stays the one
 * source of truth. zod's own parse copies every object and string it checks and collects its
 * findings as it goes: for a document of 100,000 events that is most of the time it takes to load.
 * A document already in the schema's own form (every check passed, no key the schema would drop,
 * no string it would trim) is the schema's output as it stands, so it can be taken as it is.
 *
 * Only a yes is quick: anything else (a problem, an unknown key, a part of zod this does not read)
 * goes to zod, which says what is wrong in its own words.
 */
import { safeParse, type z } from 'zod/mini';

type Check = (value: unknown) => boolean;

/** Parts of zod that are not read here: a schema using one is always left to zod. */
class Unread extends Error {}

interface Definition {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: unknown;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: { _zod: { def: CheckDefinition } }[];
}

interface CheckDefinition {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
}

const definition = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;

function readCheck(check: CheckDefinition): Check {
  switch (check.check) {
    case 'min_length': {
      const least = check.minimum ?? 0;
      return (value) => (value as { length: number }).length >= least;
    }
    case 'string_format': {
      const pattern = check.format === 'regex' ? check.pattern : undefined;
      if (!pattern) throw new Unread(`string format ${check.format}`);
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    // A change (z.trim()): in the schema's own form, it changes nothing.
    case 'overwrite': {
      const change = check.tx;
      if (!change) throw new Unread('overwrite');
      return (value) => change(value) === value;
    }
    case 'custom': {
      const passes = check.fn;
      if (!passes) throw new Unread('custom');
      return (value) => passes(value) === true;
    }
    case 'number_format':
      if (check.format !== 'safeint') throw new Unread(`number format ${check.format}`);
      return (value) => Number.isSafeInteger(value);
    case 'greater_than': {
      const bound = check.value ?? 0;
      return check.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    default:
      throw new Unread(check.check);
  }
}

function withChecks(isType: Check, def: Definition): Check {
  const checks = (def.checks ?? []).map((check) => readCheck(check._zod.def));
  if (checks.length === 0) return isType;
  return (value) => {
    if (!isType(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

function read(schema: z.ZodMiniType): Check {
  const def = definition(schema);
  switch (def.type) {
    case 'object': {
      if (def.catchall !== undefined || !def.shape) throw new Unread('object with a catch-all');
      const fields = Object.entries(def.shape).map(([key, field]) => ({
        key,
        optional: definition(field).type === 'optional',
        check: read(field),
      }));
      const known = new Set(fields.map((field) => field.key));
      return withChecks((value) => {
        if (!isObject(value)) return false;
        for (const { key, optional, check } of fields) {
          if (!Object.hasOwn(value, key)) {
            if (optional) continue;
            return false;
          }
          if (!check(value[key])) return false;
        }
        // A key the schema does not know would be dropped: not the schema's own form. `in`, not
        // Object.keys: no array made per object (a plain object's prototype has no keys to walk),
        // which at 100,000 events took the check from 290 to 165 ms.
        for (const key in value) if (!known.has(key)) return false;
        return true;
      }, def);
    }
    case 'optional': {
      if (!def.innerType) throw new Unread('optional');
      const inner = read(def.innerType);
      // A key given as undefined is not written by JSON; leave whatever meets one to zod.
      return (value) => value !== undefined && inner(value);
    }
    case 'array': {
      if (!def.element) throw new Unread('array');
      const element = read(def.element);
      return withChecks((value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return true;
      }, def);
    }
    case 'string':
      // A string format (z.url()) checks in code of its own, not in its definition: zod checks it, that value alone.
      if (def.format !== undefined)
        return (value) => {
          const parsed = safeParse(schema, value);
          return parsed.success && parsed.data === value;
        };
      return withChecks((value) => typeof value === 'string', def);
    case 'number':
      return withChecks((value) => typeof value === 'number' && Number.isFinite(value), def);
    case 'boolean':
      return withChecks((value) => typeof value === 'boolean', def);
    case 'literal': {
      const values = def.values ?? [];
      return (value) => values.includes(value);
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return (value) => values.includes(value);
    }
    case 'unknown':
      return () => true;
    default:
      throw new Unread(def.type);
  }
}

/** The check for a schema, or null where the schema uses a part of zod not read here. */
export function formCheck(schema: z.ZodMiniType): Check | null {
  try {
    return read(schema);
  } catch (error) {
    if (error instanceof Unread) return null;
    throw error;
  }
}
