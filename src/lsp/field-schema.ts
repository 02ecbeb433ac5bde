// The fields a place in a plan file may hold, with their descriptions: read from the JSON Schemas that `waymark schema` writes, which come from the zod schemas.

import type { LoadedPlan } from '../load/load-plans.js';
import type { FileKind, Source } from '../load/read-source.js';
import { checkinHints } from '../new/plan-hints.js';
import { checkinJsonSchema, planJsonSchema, reviewJsonSchema } from '../schema/json-schema.js';
import { planData } from './plan-ids.js';
import { ANY_ITEM, type FieldPath } from './yaml-context.js';

type JsonSchema = Record<string, unknown>;

export interface Field {
  name: string;
  description: string | undefined;
  /** The values the field takes, with what each means, when it is one of a few words. */
  choices: { value: string; meaning: string | undefined }[];
}

let planSchema: JsonSchema | undefined;
let reviewSchema: JsonSchema | undefined;
const checkinSchemas = new Map<string, JsonSchema>();

/** The schema of a file of `kind`; a check-in's lists the metrics that plan.md's goals measure. */
export function fileSchema(kind: FileKind, slug: string, plan: Source | null): JsonSchema {
  if (kind === 'plan') return (planSchema ??= planJsonSchema());
  if (kind === 'review') return (reviewSchema ??= reviewJsonSchema());
  const metrics = checkinHints({ plan: plan && { ...plan, data: planData(plan) } } as LoadedPlan).metrics;
  const key = JSON.stringify([slug, metrics]);
  let schema = checkinSchemas.get(key);
  if (!schema) {
    if (checkinSchemas.size > 20) checkinSchemas.clear();
    checkinSchemas.set(key, (schema = checkinJsonSchema(slug, metrics)));
  }
  return schema;
}

/** The schema at `path` in `schema`, or undefined where the schema has no such place. */
export function schemaAt(schema: JsonSchema, path: FieldPath): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const segment of path) {
    if (!node) return undefined;
    if (segment === ANY_ITEM) node = node.items as JsonSchema | undefined;
    else node = (node.properties as Record<string, JsonSchema> | undefined)?.[segment];
  }
  return node;
}

/** The fields of the mapping at `path`, in the schema's order. */
export function fieldsAt(schema: JsonSchema, path: FieldPath): Field[] {
  const properties = schemaAt(schema, path)?.properties as Record<string, JsonSchema> | undefined;
  return Object.entries(properties ?? {}).map(([name, property]) => field(name, property));
}

/** The field at `path` (its last segment is its name). */
export function fieldAt(schema: JsonSchema, path: FieldPath): Field | undefined {
  const property = schemaAt(schema, path);
  const name = path.at(-1);
  return property && name !== undefined && name !== ANY_ITEM ? field(name, property) : undefined;
}

/** Whether the list at `path` holds mappings (so `- ` starts one) rather than words. */
export function holdsMappings(schema: JsonSchema, path: FieldPath): boolean {
  return schemaAt(schema, [...path, ANY_ITEM])?.properties !== undefined;
}

function field(name: string, property: JsonSchema): Field {
  const values = Array.isArray(property.enum) ? property.enum : [];
  const meanings = Array.isArray(property.enumDescriptions) ? (property.enumDescriptions as string[]) : [];
  const choices = values.flatMap((value, index) => (typeof value === 'string' ? [{ value, meaning: meanings[index] }] : []));
  return { name, description: typeof property.description === 'string' ? property.description : undefined, choices };
}
