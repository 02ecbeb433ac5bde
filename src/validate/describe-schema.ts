// Says in words what a zod schema allows, and what a value is, for messages a person can act on.

import type { z } from 'zod';
import { isRecord } from './field-label.js';
import type { Path } from './locate.js';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
  in?: AnySchema;
}

function def(schema: AnySchema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function describedBy(schema: AnySchema): string | undefined {
  const meta = (schema as unknown as { meta?: () => { description?: string } | undefined }).meta?.();
  return meta?.description;
}

/**
 * The schema without optional/default wrappers, and its description: the innermost one (what the
 * value is, such as "a calendar date written YYYY-MM-DD"), else the one on a wrapper.
 */
export function unwrap(schema: AnySchema): { schema: AnySchema; description: string | undefined } {
  let current = schema;
  let description = describedBy(current);
  for (let d = def(current); (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType; d = def(current)) {
    current = d.innerType;
    description = describedBy(current) ?? description;
  }
  return { schema: current, description };
}

/** The schema without optional/default wrappers. */
function unwrapped(schema: AnySchema): AnySchema {
  let current = schema;
  for (let d = def(current); (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType; d = def(current)) current = d.innerType;
  return current;
}

/** The schema that governs the value at `path`, or undefined where the schema has no such place. */
export function schemaAt(root: AnySchema, path: Path): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    const inner = unwrapped(current);
    const d = def(inner);
    if (d.type === 'object' && typeof segment === 'string') current = d.shape?.[segment];
    else if (d.type === 'array' && typeof segment === 'number') current = d.element;
    else return undefined;
  }
  return current;
}

const keysOf = new WeakMap<AnySchema, string[] | undefined>();

/** The field names of an object schema (cached: unknown-field checks ask for every file). */
export function objectKeys(schema: AnySchema): string[] | undefined {
  if (keysOf.has(schema)) return keysOf.get(schema);
  const d = def(unwrapped(schema));
  const keys = d.type === 'object' && d.shape ? Object.keys(d.shape) : undefined;
  keysOf.set(schema, keys);
  return keys;
}

export function enumValues(schema: AnySchema): string[] | undefined {
  const d = def(unwrap(schema).schema);
  return d.type === 'enum' && d.entries ? Object.values(d.entries) : undefined;
}

export function expectsBoolean(schema: AnySchema): boolean {
  return def(unwrap(schema).schema).type === 'boolean';
}

/** A list of plain values (ids, text), where a single value can simply be put in brackets. */
export function expectsValueList(schema: AnySchema): boolean {
  const d = def(unwrap(schema).schema);
  return d.type === 'array' && d.element !== undefined && def(unwrap(d.element).schema).type !== 'object';
}

/** "a whole number from 1 to 5", "true or false", "one of: easy, ok, hard, very-hard"... */
/** Bounds this large only stop runaway numbers: they are named only to a value above them. */
const PRACTICAL_MAX = 1e6;

export function allowed(schema: AnySchema, tooBig = false): string {
  const { schema: inner, description } = unwrap(schema);
  const d = def(inner);
  switch (d.type) {
    case 'number': {
      const n = inner as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const kind = n.isInt ? 'a whole number' : 'a number';
      const min = n.minValue !== null && Number.isFinite(n.minValue) && Math.abs(n.minValue) < Number.MAX_SAFE_INTEGER ? n.minValue : undefined;
      const bounded = n.maxValue !== null && Number.isFinite(n.maxValue) && Math.abs(n.maxValue) < Number.MAX_SAFE_INTEGER;
      const max = bounded && (tooBig || n.maxValue! < PRACTICAL_MAX) ? n.maxValue! : undefined;
      if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max.toLocaleString('en')}`;
      if (min !== undefined) return `${kind}, ${min} or more`;
      if (max !== undefined) return `${kind}, ${max} or less`;
      return kind;
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of: ${(enumValues(inner) ?? []).join(', ')}`;
    case 'array': {
      const element = d.element ? unwrap(d.element).schema : undefined;
      const elementType = element ? def(element).type : 'string';
      if (elementType === 'object') return 'a list of entries, each starting with "- "';
      return description?.startsWith('ids') ? `a list of ${description}` : 'a list, such as [first, second]';
    }
    case 'object':
      return 'a set of fields, one "name: value" per line';
    case 'string':
      return description ?? 'text';
    default:
      return description ?? 'a valid value';
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string') {
    if (value === '') return 'empty text';
    const short = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `'${short.replace(/\n/g, ' ')}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a set of fields';
  return String(value);
}

export function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}
