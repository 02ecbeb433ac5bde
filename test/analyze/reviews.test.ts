// The reviews section: count and latest review so far, the next one due, and days overdue.

import { describe, expect, it } from 'vitest';
import { analyzeReviews } from '../../src/analyze/reviews.js';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { buildPlan, type CheckinInput, type PlanInput, type ReviewInput } from './plan-builder.js';

function reviews(fields: PlanInput, list: ReviewInput[], today: string, checkins: CheckinInput[] = []) {
  return analyzeReviews(buildTimeline(buildPlan(fields, checkins, list), today));
}

describe('reviews', () => {
  it('without any review, are due review_every (default 30d) after started', () => {
    expect(reviews({ started: '2026-03-01' }, [], '2026-04-05')).toEqual({ count: 0, last: null, next_due: '2026-03-31', overdue_days: 5 });
  });

  it('without started, are due after the first check-in; without either, never', () => {
    expect(reviews({ review_every: '2w' }, [], '2026-03-10', [{ date: '2026-03-02' }])).toEqual({ count: 0, last: null, next_due: '2026-03-16', overdue_days: 0 });
    expect(reviews({}, [], '2026-03-10')).toEqual({ count: 0, last: null, next_due: null, overdue_days: null });
  });

  it('are next due on the latest review’s next', () => {
    const list = [{ date: '2026-03-01', next: '2026-03-10' }, { date: '2026-04-01', next: '2026-04-15' }];
    expect(reviews({ started: '2026-01-01' }, list, '2026-04-20')).toEqual({ count: 2, last: '2026-04-01', next_due: '2026-04-15', overdue_days: 5 });
  });

  it('else review_every after the latest, in calendar months', () => {
    expect(reviews({ review_every: '1m' }, [{ date: '2026-01-31' }], '2026-03-01')).toEqual({ count: 1, last: '2026-01-31', next_due: '2026-02-28', overdue_days: 1 });
  });

  it('ignore reviews after today', () => {
    expect(reviews({ started: '2026-03-01' }, [{ date: '2026-03-05' }, { date: '2026-03-25' }], '2026-03-20')).toEqual({ count: 1, last: '2026-03-05', next_due: '2026-04-04', overdue_days: 0 });
  });
});
