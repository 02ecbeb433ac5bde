// A SMART goal: what it measures, by when, the steps it breaks into and who helps.

import { z } from 'zod';
import { date, id, refs, text } from './common.js';
import { CHECKIN_FIELDS } from './checkin-fields.js';

export const METRIC_PATTERN = /^[a-z][a-z0-9_]*$/;

export const measure = z.object({
  metric: z
    .string()
    .regex(METRIC_PATTERN)
    .refine((name) => !CHECKIN_FIELDS.includes(name), {
      message: "is already a check-in field: give the goal's metric a name of its own, such as meetings or walk_km",
    })
    // Names every JavaScript object already has (constructor, toString...) would be read as present in every check-in.
    .refine((name) => !(name in Object.prototype), { message: 'is a reserved name: pick another, such as meetings or walk_km' })
    .meta({ description: 'the numeric check-in field this goal counts, such as meetings or walk_km' }),
  target: z.number().min(0).max(1e12).meta({ description: 'the target amount, 0 or more' }),
  per: z.enum(['day', 'week', 'month', 'total']).default('total').meta({ description: 'per day, ISO week, calendar month, or in total (default)' }),
  direction: z.enum(['at_least', 'at_most']).default('at_least').meta({ description: 'at_least (default): reach the target; at_most: stay at or under it' }),
  unit: text.optional().meta({ description: 'the unit shown beside figures, such as km' }),
});

export const step = z.object({
  do: text.meta({ description: 'a small, concrete action' }),
  due: date.optional(),
  done: date.optional().meta({ description: 'the date the step was done' }),
});

export const goal = z.object({
  id,
  title: text,
  horizon: z.enum(['short', 'long']).optional(),
  priority: z.int().min(1).max(5).optional().meta({ description: '1 (highest) to 5' }),
  why: text.optional().meta({ description: 'Relevant: why this goal matters to you' }),
  measure: measure.optional().meta({ description: 'Measurable: the check-in metric and target' }),
  start: date.optional().meta({ description: "default: the plan's started date, else the first check-in's date" }),
  due: date.optional().meta({ description: 'Time-bound: the date to reach it by' }),
  resources: refs.default([]),
  supports: refs.default([]),
  steps: z.array(step).default([]),
  status: z.enum(['active', 'paused', 'dropped']).default('active'),
});

export type Goal = z.infer<typeof goal>;
export type Measure = z.infer<typeof measure>;
export type Step = z.infer<typeof step>;
