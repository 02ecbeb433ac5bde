// A periodic review: who took part, what went well and what was hard, what changes it decided.

import { z } from 'zod';
import { date, refsOrText, texts } from './common.js';
import { measures, SENTENCE } from './measures.js';

export const reviewFields = z.object({
  date: date.optional().meta({ description: "optional; must equal the file name's date" }),
  with: refsOrText.default([]).meta({ description: 'who took part: ids of supports, or names' }),
  went_well: texts.default([]).meta({ description: 'what went well since the last review' }),
  hard: texts.default([]).meta({ description: 'what was hard since the last review' }),
  changes: texts.default([]).meta({ description: 'adjustments decided (then edit plan.md)' }),
  recovery_capital: z.int().min(10).max(60).optional().meta({ description: 'optional BARC-10 total, 10 to 60' }),
  measures: measures.optional().meta({ description: 'optional questionnaires answered at the review, item by item: phq9, gad7, barc10' }),
  next: date.optional().meta({ description: 'when to review again; default: this review + review_every' }),
}).superRefine((review, context) => {
  const barc10 = review.measures?.barc10;
  if (review.recovery_capital === undefined || barc10 === undefined) return;
  const total = barc10.reduce((sum, answer) => sum + answer, 0);
  if (total !== review.recovery_capital) {
    context.addIssue({ code: 'custom', path: ['recovery_capital'], params: { rule: SENTENCE }, message: `is ${review.recovery_capital}, but the BARC-10 answers in measures add up to ${total}: correct one, or remove recovery_capital (the answers give the total)` });
  }
});

export type ReviewFields = z.infer<typeof reviewFields>;
