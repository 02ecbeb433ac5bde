// JSON Schemas (draft-07) for editors such as yaml-language-server, derived from the zod schemas.

import { z } from 'zod';
import { checkinFields, metricValue } from './checkin.js';
import { planFields } from './plan.js';
import { reviewFields } from './review.js';

export const SCHEMA_FILES = {
  plan: 'plan.schema.json',
  checkin: 'checkin.schema.json',
  review: 'review.schema.json',
} as const;

export function jsonSchemas(): Record<keyof typeof SCHEMA_FILES, object> {
  const convert = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
    title,
  });
  const checkin = convert(checkinFields, 'Waymark check-in') as Record<string, unknown>;
  // A goal's metric may be any other key: a number, 0 or more (check warns about names no goal measures).
  checkin.additionalProperties = z.toJSONSchema(metricValue, { target: 'draft-7' });
  delete (checkin.additionalProperties as Record<string, unknown>).$schema;
  return {
    plan: convert(planFields, 'Waymark plan (plan.md)'),
    checkin,
    review: convert(reviewFields, 'Waymark review'),
  };
}
