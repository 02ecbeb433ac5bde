// The alerts section: each alert, its boundaries, and the contract's order.

import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../src/analyze/report.js';
import { buildPlan, daily, type CheckinInput, type PlanInput, type ReviewInput } from './plan-builder.js';

function alerts(fields: PlanInput, checkins: CheckinInput[], today: string, reviews: ReviewInput[] = []) {
  return analyzePlan(buildPlan(fields, checkins, reviews), today).alerts;
}

describe('alerts', () => {
  it('come in the contract’s order, one per support and per goal where due', () => {
    const fields: PlanInput = {
      started: '2026-01-01',
      warning_signs: [
        { id: 'isolating', name: 'Isolating' },
        { id: 'skipping-meals', name: 'Skipping meals' },
      ],
      supports: [
        { id: 'ana', name: 'Ana', role: 'sponsor', check_in_every: '1w' },
        { id: 'ben', name: 'Ben', role: 'friend', check_in_every: '1m' },
        { id: 'cho', name: 'Dr Cho', role: 'therapist', check_in_every: '1m' },
      ],
      goals: [
        { id: 'g1', title: 'Two late steps', steps: [{ do: 'a', due: '2026-03-01' }, { do: 'b', due: '2026-03-19' }, { do: 'c', due: '2026-03-20' }] },
        { id: 'g2', title: 'Paused', status: 'paused', steps: [{ do: 'a', due: '2026-03-01' }] },
      ],
    };
    const checkins: CheckinInput[] = [
      ...daily('2026-02-21', '2026-03-12', (date) => ({ mood: 4, craving: 1, contacted: date === '2026-03-01' ? ['ana'] : date === '2026-03-10' ? ['ben'] : [] })),
      { date: '2026-03-13', mood: 4, craving: 1, used: true },
      { date: '2026-03-14', mood: 2, craving: 5, used: true, warning_signs: ['isolating'] },
      { date: '2026-03-15', mood: 2, craving: 6, used: true },
      { date: '2026-03-16', mood: 3, craving: 5, warning_signs: ['skipping-meals', 'isolating'] },
      { date: '2026-03-17', mood: 2, craving: 4 },
    ];
    expect(alerts(fields, checkins, '2026-03-20')).toEqual([
      { code: 'recent_use', date: '2026-03-15' },
      { code: 'warning_sign', ids: ['isolating', 'skipping-meals'], date: '2026-03-16' },
      { code: 'craving_rising' },
      { code: 'mood_falling' },
      { code: 'checkin_gap', last: '2026-03-17' },
      { code: 'review_overdue', days: 48 },
      { code: 'contact_overdue', id: 'ana', days: 12 },
      { code: 'contact_overdue', id: 'cho', days: 47 },
      { code: 'step_overdue', goal: 'g1', count: 2 },
      { code: 'step_overdue', goal: 'g2', count: 1 },
    ]);
  });

  it('are none for a quiet plan', () => {
    expect(alerts({ started: '2026-03-01' }, daily('2026-03-01', '2026-03-20', () => ({ used: false, mood: 4, craving: 2 })), '2026-03-20')).toEqual([]);
  });

  it('recent_use and warning_sign look at the 7 days ending today only', () => {
    const checkins = [{ date: '2026-03-13', used: true, warning_signs: ['isolating'] }, ...daily('2026-03-14', '2026-03-20')];
    expect(alerts({ warning_signs: [{ id: 'isolating', name: 'Isolating' }] }, checkins, '2026-03-20')).toEqual([]);
    expect(alerts({}, [{ date: '2026-03-20', used: true }], '2026-03-20')).toEqual([{ code: 'recent_use', date: '2026-03-20' }]);
  });

  it('craving_rising needs a rise of 1.5 and 3 cravings in the 7 days', () => {
    const older = daily('2026-03-01', '2026-03-03', () => ({ craving: 0 }));
    const recent = (n: number) => daily('2026-03-18', '2026-03-20').slice(0, n).map((c) => ({ ...c, craving: 3 }));
    expect(alerts({}, [...older, ...recent(3)], '2026-03-20')).toEqual([{ code: 'craving_rising' }]);
    expect(alerts({}, [...older, ...recent(3)].map((c) => (c.date === '2026-03-18' ? { ...c, craving: 2 } : c)), '2026-03-20')).toEqual([]);
    expect(alerts({}, [...older, ...recent(2)], '2026-03-20')).toEqual([]);
  });

  it('mood_falling needs a fall of 1.0 and 3 moods in the 7 days', () => {
    const older = daily('2026-03-01', '2026-03-03', () => ({ mood: 5 }));
    const recent = daily('2026-03-18', '2026-03-20', () => ({ mood: 3 }));
    expect(alerts({}, [...older, ...recent], '2026-03-20')).toEqual([{ code: 'mood_falling' }]);
    expect(alerts({}, [...older.slice(1), ...recent], '2026-03-20')).toEqual([]);
  });

  it('checkin_gap: none in the 3 days ending today, after a first check-in', () => {
    expect(alerts({}, [{ date: '2026-03-18' }], '2026-03-20')).toEqual([]);
    expect(alerts({}, [{ date: '2026-03-17' }], '2026-03-20')).toEqual([{ code: 'checkin_gap', last: '2026-03-17' }]);
    expect(alerts({}, [], '2026-03-20')).toEqual([]);
    expect(alerts({}, [{ date: '2026-03-10' }, { date: '2026-03-21' }], '2026-03-20')).toEqual([{ code: 'checkin_gap', last: '2026-03-10' }]);
  });

  it('review_overdue counts from a review’s next date', () => {
    expect(alerts({}, [], '2026-03-20', [{ date: '2026-03-01', next: '2026-03-18' }])).toEqual([{ code: 'review_overdue', days: 2 }]);
  });
});
