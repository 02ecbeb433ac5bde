// A periodic review: who took part, what went well and what was hard, what changes it decided.

import { z } from 'zod';
import { date, refsOrText, texts } from './common.js';

export const reviewFields = z.object({
  date: date.optional().meta({ description: "optional; must equal the file name's date" }),
  with: refsOrText.default([]).meta({ description: 'who took part: ids of supports, or names' }),
  went_well: texts.default([]).meta({ description: 'what went well since the last review' }),
  hard: texts.default([]).meta({ description: 'what was hard since the last review' }),
  changes: texts.default([]).meta({ description: 'adjustments decided (then edit plan.md)' }),
  recovery_capital: z.int().min(10).max(60).optional().meta({ description: 'optional BARC-10 total, 10 to 60' }),
  next: date.optional().meta({ description: 'when to review again; default: this review + review_every' }),
});

export type ReviewFields = z.infer<typeof reviewFields>;
