// JSON Schemas (draft-07) for editors such as yaml-language-server, derived from the zod schemas so that they agree with `check`.

import { z } from 'zod';
import { checkinSchema, metricValue } from './checkin.js';
import { timezone } from './common.js';
import { planFields } from './plan.js';
import { reviewFields } from './review.js';
import { timeZoneChoices } from './time-zones.js';

type JsonSchema = Record<string, unknown>;

/** The files `waymark schema` writes; check-ins get one schema per plan, since each plan has its own metrics. */
export const SCHEMA_FILES = {
  plan: 'plan.schema.json',
  review: 'review.schema.json',
  checkin: (slug: string) => `checkin.${slug}.schema.json`,
} as const;

/** A goal's metric, for the description of its check-in field. */
export interface MetricField {
  name: string;
  goal: string;
  unit: string | undefined;
}

/** What an empty field means, shown beside an enum's values. */
const EMPTY = 'left empty: the same as leaving the field out';

export function planJsonSchema(): JsonSchema {
  return editorSchema(planFields, 'Waymark plan (plan.md)');
}

export function reviewJsonSchema(): JsonSchema {
  return editorSchema(reviewFields, 'Waymark review');
}

/** The check-in schema of one plan: the fixed fields and that plan's metrics, and nothing else. */
export function checkinJsonSchema(slug: string, metrics: readonly MetricField[]): JsonSchema {
  const schema = editorSchema(checkinSchema(metrics.map((m) => m.name)), `Waymark check-in (plan '${slug}')`);
  const properties = schema.properties as Record<string, JsonSchema>;
  for (const metric of metrics) {
    const unit = metric.unit ? ` (in ${metric.unit})` : '';
    properties[metric.name] = { ...properties[metric.name], description: `goal '${metric.goal}': how much today${unit}; ${metricValue.description}` };
  }
  return schema;
}

/**
 * zod's JSON Schema, then what `check` does that zod's conversion cannot say: an empty field (null) is a field
 * left out, and a key that is not a field is refused (`unknown-field`). `timezone` lists the zones.
 */
function editorSchema(schema: z.ZodType, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== timezone) return;
      const zones = timeZoneChoices();
      jsonSchema.enum = zones.values;
      (jsonSchema as JsonSchema).enumDescriptions = zones.descriptions;
    },
  }) as JsonSchema;
  closeObjects(json);
  return { ...json, title };
}

/** Every object schema refuses keys it does not list, and takes null for each field it does not require. */
function closeObjects(schema: JsonSchema): void {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    schema.additionalProperties = false;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) if (!required.has(name)) allowEmpty(property);
  }
  for (const child of children(schema)) closeObjects(child);
}

function allowEmpty(schema: JsonSchema): void {
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  else if (Array.isArray(schema.type) && !schema.type.includes('null')) schema.type = [...schema.type, 'null'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...schema.enum, null];
    if (Array.isArray(schema.enumDescriptions)) schema.enumDescriptions = [...schema.enumDescriptions, EMPTY];
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && schema.type === undefined) options.push({ type: 'null' });
  }
}

/** The schemas nested in `schema`: its properties, items and alternatives. */
export function children(schema: JsonSchema): JsonSchema[] {
  const found: JsonSchema[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (typeof value === 'object' && value !== null) found.push(value as JsonSchema);
  };
  if (schema.properties) Object.values(schema.properties as object).forEach(add);
  for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not']) add(schema[key]);
  return found;
}
