// plan.md's front matter: the assessment, toolbox, people, goals and crisis plan.

import { z } from 'zod';
import { date, duration, id, refs, refsOrText, text, texts, timezone } from './common.js';
import { goal } from './goal.js';

export const trigger = z.object({
  id,
  name: text,
  type: z.enum(['people', 'places', 'emotions', 'situations', 'physical', 'thoughts']).optional(),
  coping: refs.default([]).meta({ description: 'ids of coping strategies that help with this trigger' }),
});

export const warningSign = z.object({
  id,
  name: text,
  action: refs.default([]).meta({ description: 'ids of coping strategies or supports to turn to' }),
});

export const coping = z.object({
  id,
  name: text,
  type: z.enum(['internal', 'social', 'activity', 'professional']).optional(),
});

export const resource = z.object({
  id,
  name: text,
  type: z.enum(['professional', 'support-group', 'self-help', 'community', 'crisis-line', 'medical', 'other']),
  contact: text.optional(),
  when: text.optional(),
  url: text.optional(),
  notes: text.optional(),
});

export const support = z.object({
  id,
  name: text,
  role: z.enum(['sponsor', 'therapist', 'counselor', 'peer', 'friend', 'family', 'doctor', 'other']),
  contact: text.optional(),
  check_in_every: duration.optional().meta({ description: 'how often to be in touch, such as 1w' }),
});

export const emergency = z.object({
  name: text,
  phone: text.optional(),
  text: text.optional(),
  url: text.optional(),
});

export const crisis = z.object({
  warning_signs: refsOrText.default([]),
  coping: refsOrText.default([]),
  distractions: texts.default([]),
  contacts: refsOrText.default([]),
  professionals: refsOrText.default([]),
  emergency: z.array(emergency).default([]),
  safe_environment: texts.default([]),
  reasons_to_live: texts.default([]),
  public: z.boolean().default(false).meta({ description: 'publish the crisis page unencrypted when the site is encrypted' }),
});

export const planFields = z.object({
  title: text.meta({ description: "the plan's title, shown on the site" }),
  person: text.optional().meta({ description: 'how the site addresses you (a pseudonym is fine)' }),
  started: date.optional().meta({ description: 'your recovery start date' }),
  timezone: timezone.optional(),
  review_every: duration.default('30d'),
  cost_per_day: z.number().min(0).max(1e9).optional().meta({ description: 'what the habit cost per day, for money saved' }),
  currency: z.string().regex(/^[A-Z]{3}$/).default('USD').meta({ description: 'ISO 4217 code, such as USD or EUR' }),
  strengths: texts.default([]),
  challenges: texts.default([]),
  growth_areas: texts.default([]),
  values: texts.default([]),
  reasons: texts.default([]),
  daily: texts.default([]),
  triggers: z.array(trigger).default([]),
  warning_signs: z.array(warningSign).default([]),
  coping: z.array(coping).default([]),
  resources: z.array(resource).default([]),
  supports: z.array(support).default([]),
  goals: z.array(goal).default([]),
  crisis: crisis.default({
    warning_signs: [],
    coping: [],
    distractions: [],
    contacts: [],
    professionals: [],
    emergency: [],
    safe_environment: [],
    reasons_to_live: [],
    public: false,
  }),
});

export type PlanFields = z.infer<typeof planFields>;
export type Trigger = z.infer<typeof trigger>;
export type WarningSign = z.infer<typeof warningSign>;
export type Coping = z.infer<typeof coping>;
export type Resource = z.infer<typeof resource>;
export type Support = z.infer<typeof support>;
export type Crisis = z.infer<typeof crisis>;
