// Small plans built by hand for the analysis tests, with the schema's real defaults.

import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { CHECKIN_FIELDS } from '../../src/schema/checkin-fields.js';
import { checkinFields } from '../../src/schema/checkin.js';
import type { Body, Checkin, Plan, Review } from '../../src/schema/model.js';
import { planFields } from '../../src/schema/plan.js';
import { reviewFields } from '../../src/schema/review.js';

/** A check-in as a person would write it, plus its date; keys that are not check-in fields are goal metrics. */
export type CheckinInput = z.input<typeof checkinFields> & { date: string; [metric: string]: unknown };
export type ReviewInput = z.input<typeof reviewFields> & { date: string };
export type PlanInput = Partial<z.input<typeof planFields>>;

const EMPTY_BODY: Body = { markdown: '', tree: () => ({ type: 'root', children: [] }) };

export function buildPlan(fields: PlanInput = {}, checkins: readonly CheckinInput[] = [], reviews: readonly ReviewInput[] = []): Plan {
  return {
    slug: 'sam',
    dir: 'plans/sam',
    file: 'plans/sam/plan.md',
    fields: planFields.parse({ title: 'A test plan', ...fields }),
    body: EMPTY_BODY,
    checkins: checkins.map(toCheckin).sort(byDate),
    reviews: reviews.map(toReview).sort(byDate),
  };
}

function toCheckin(input: CheckinInput): Checkin {
  const metrics: Record<string, number> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!CHECKIN_FIELDS.includes(key) && typeof value === 'number') metrics[key] = value;
  }
  return { ...checkinFields.parse(input), date: input.date, file: `plans/sam/checkins/${input.date}.md`, metrics, body: EMPTY_BODY };
}

function toReview(input: ReviewInput): Review {
  return { ...reviewFields.parse(input), date: input.date, file: `plans/sam/reviews/${input.date}.md`, body: EMPTY_BODY };
}

function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** One check-in a day from `from` through `to`, each made by `make` from its date and index. */
export function daily(from: string, to: string, make: (date: string, index: number) => Omit<CheckinInput, 'date'> = () => ({})): CheckinInput[] {
  const checkins: CheckinInput[] = [];
  const end = Temporal.PlainDate.from(to);
  for (let day = Temporal.PlainDate.from(from), i = 0; Temporal.PlainDate.compare(day, end) <= 0; day = day.add({ days: 1 }), i++) {
    checkins.push({ ...make(day.toString(), i), date: day.toString() });
  }
  return checkins;
}
