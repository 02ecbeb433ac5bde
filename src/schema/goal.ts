// A SMART goal: what it measures, by when, the steps it breaks into and who helps.

import { z } from 'zod';
import { choice, date, id, refs, text } from './common.js';
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
  per: choice({
    day: 'each day',
    week: 'each week, Monday to Sunday',
    month: 'each calendar month',
    total: 'in total, since the goal started (the default)',
  })
    .default('total')
    .meta({ description: 'per day, ISO week, calendar month, or in total (default)' }),
  direction: choice({
    at_least: 'reach the target or go beyond it (the default)',
    at_most: 'stay at or under the target',
  })
    .default('at_least')
    .meta({ description: 'at_least (default): reach the target; at_most: stay at or under it' }),
  unit: text.optional().meta({ description: 'the unit shown beside figures, such as km' }),
});

export const step = z.object({
  do: text.meta({ description: 'a small, concrete action' }),
  due: date.optional(),
  done: date.optional().meta({ description: 'the date the step was done' }),
});

export const goal = z.object({
  id,
  title: text.meta({ description: 'Specific: what exactly you will do' }),
  horizon: choice({ short: 'a goal for the coming weeks or months', long: 'a goal for the year or longer' })
    .optional()
    .meta({ description: 'short or long term' }),
  priority: z.int().min(1).max(5).optional().meta({ description: '1 (highest) to 5' }),
  why: text.optional().meta({ description: 'Relevant: why this goal matters to you' }),
  measure: measure.optional().meta({ description: 'Measurable: the check-in metric and target' }),
  start: date.optional().meta({ description: "default: the plan's started date, else the first check-in's date" }),
  due: date.optional().meta({ description: 'Time-bound: the date to reach it by' }),
  resources: refs.default([]).meta({ description: 'ids of resources that help with this goal' }),
  supports: refs.default([]).meta({ description: 'ids of supports who help with this goal' }),
  steps: z.array(step).default([]).meta({ description: 'the goal broken into small actions' }),
  status: choice({
    active: 'working on it (the default)',
    paused: 'set aside for now: shown as paused, never as behind',
    dropped: 'no longer a goal, kept for the record',
  })
    .default('active')
    .meta({ description: 'set by hand when a review changes the plan' }),
});

export type Goal = z.infer<typeof goal>;
export type Measure = z.infer<typeof measure>;
export type Step = z.infer<typeof step>;
