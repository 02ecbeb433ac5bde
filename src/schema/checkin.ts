// A daily check-in's front matter; the goals' metrics join the fixed fields as numbers.

import { z } from 'zod';
import { choice, date, refs, texts } from './common.js';
import { CHECKIN_FIELDS } from './checkin-fields.js';

export const checkinFields = z.object({
  date: date.optional().meta({ description: "optional; must equal the file name's date" }),
  mood: z.int().min(1).max(5).optional().meta({ description: 'mood from 1 (very low) to 5 (very good)' }),
  craving: z.int().min(0).max(10).optional().meta({ description: 'strongest urge of the day, 0 (none) to 10' }),
  used: z.boolean().optional().meta({ description: 'true on a day of use; false on a day without; leave out if not recorded' }),
  difficulty: choice({ easy: 'an easy day', ok: 'an ordinary day', hard: 'a hard day', 'very-hard': 'a very hard day' })
    .optional()
    .meta({ description: 'how hard the day was' }),
  sleep: z.number().min(0).max(24).optional().meta({ description: 'hours of sleep' }),
  triggers: refs.default([]).meta({ description: 'ids of triggers in plan.md' }),
  warning_signs: refs.default([]).meta({ description: 'ids of warning signs in plan.md' }),
  coping: refs.default([]).meta({ description: 'ids of coping strategies in plan.md' }),
  contacted: refs.default([]).meta({ description: 'ids of supports in plan.md contacted today' }),
  gratitude: texts.default([]).meta({ description: 'a few things I am grateful for today' }),
});

// Keep the list of fixed names (used by goal.ts without a cycle) in step with the schema.
for (const key of Object.keys(checkinFields.shape)) {
  if (!CHECKIN_FIELDS.includes(key)) throw new Error(`checkin-fields.ts is missing '${key}'`);
}

/** Metrics are bounded so that years of them still add up to a finite number. */
export const metricValue = z.number().min(0).max(1e9).meta({ description: "a goal's metric: a number, 0 or more" });

export type CheckinFields = z.infer<typeof checkinFields>;

/** The check-in schema for a plan whose goals measure `metrics`: the fixed fields plus each metric. */
export function checkinSchema(metrics: readonly string[]): z.ZodType<CheckinFields & Record<string, unknown>> {
  const shape: Record<string, z.ZodOptional<typeof metricValue>> = {};
  for (const metric of metrics) shape[metric] = metricValue.optional();
  return checkinFields.extend(shape) as unknown as z.ZodType<CheckinFields & Record<string, unknown>>;
}
