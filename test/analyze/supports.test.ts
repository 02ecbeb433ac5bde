// The supports section: last contact from check-ins and reviews, the next contact due, and days overdue.

import { describe, expect, it } from 'vitest';
import { analyzeSupports } from '../../src/analyze/supports.js';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { buildPlan, type CheckinInput, type PlanInput, type ReviewInput } from './plan-builder.js';

const SUPPORTS: PlanInput['supports'] = [
  { id: 'ana', name: 'Ana', role: 'sponsor', check_in_every: '1w' },
  { id: 'ben', name: 'Ben', role: 'friend' },
  { id: 'cho', name: 'Dr Cho', role: 'therapist', check_in_every: '1m' },
];

function supports(fields: PlanInput, checkins: CheckinInput[], reviews: ReviewInput[], today: string) {
  return analyzeSupports(buildTimeline(buildPlan({ supports: SUPPORTS, ...fields }, checkins, reviews), today));
}

describe('supports', () => {
  it('lists only supports with check_in_every, from their latest contact in a check-in or a review', () => {
    const checkins = [{ date: '2026-03-05', contacted: ['ana', 'ben'] }, { date: '2026-01-31', contacted: ['cho'] }];
    const reviews = [{ date: '2026-03-08', with: ['ana', 'a friend from group'] }];
    expect(supports({ started: '2026-01-01' }, checkins, reviews, '2026-03-20')).toEqual([
      { id: 'ana', name: 'Ana', last_contact: '2026-03-08', next_due: '2026-03-15', overdue_days: 5 },
      { id: 'cho', name: 'Dr Cho', last_contact: '2026-01-31', next_due: '2026-02-28', overdue_days: 20 },
    ]);
  });

  it('counts from started, else the first check-in, when there has been no contact', () => {
    expect(supports({ started: '2026-03-01' }, [], [], '2026-03-05')[0]).toEqual({ id: 'ana', name: 'Ana', last_contact: null, next_due: '2026-03-08', overdue_days: 0 });
    expect(supports({}, [{ date: '2026-03-02' }], [], '2026-03-12')[0]).toEqual({ id: 'ana', name: 'Ana', last_contact: null, next_due: '2026-03-09', overdue_days: 3 });
  });

  it('has no due date with neither a contact, started nor a check-in', () => {
    expect(supports({}, [], [], '2026-03-05')[0]).toEqual({ id: 'ana', name: 'Ana', last_contact: null, next_due: null, overdue_days: null });
  });

  it('ignores contacts after today', () => {
    const r = supports({ started: '2026-03-01' }, [{ date: '2026-03-21', contacted: ['ana'] }], [{ date: '2026-03-22', with: ['ana'] }], '2026-03-20');
    expect(r[0]).toMatchObject({ last_contact: null, next_due: '2026-03-08', overdue_days: 12 });
  });

  it('is not overdue on the due date itself', () => {
    expect(supports({}, [{ date: '2026-03-01', contacted: ['ana'] }], [], '2026-03-08')[0]?.overdue_days).toBe(0);
  });
});
