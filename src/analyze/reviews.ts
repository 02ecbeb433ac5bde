// The reviews section: how many evaluations so far, the latest, and when the next one is due.

import { addDuration, daysBetween } from './dates.js';
import { isAfterToday, type Timeline } from './timeline.js';

export interface ReviewsReport {
  count: number;
  last: string | null;
  next_due: string | null;
  overdue_days: number | null;
}

export function analyzeReviews(timeline: Timeline): ReviewsReport {
  const { plan, today } = timeline;
  const reviews = plan.reviews.filter((review) => !isAfterToday(review.date, today));
  const latest = reviews.reduce<(typeof reviews)[number] | undefined>((found, review) => (found === undefined || review.date > found.date ? review : found), undefined);
  const reviewEvery = plan.fields.review_every;
  const nextDue = latest
    ? (latest.next ?? addDuration(latest.date, reviewEvery))
    : timeline.origin === null
      ? null
      : addDuration(timeline.origin, reviewEvery);
  return {
    count: reviews.length,
    last: latest?.date ?? null,
    next_due: nextDue,
    overdue_days: nextDue === null ? null : Math.max(0, daysBetween(nextDue, today)),
  };
}
