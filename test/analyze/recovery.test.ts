// The recovery section: sober since, days sober, longest streak, the 30-day counts, milestones, money and strength.

import { describe, expect, it } from 'vitest';
import { analyzeRecovery } from '../../src/analyze/recovery.js';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { buildPlan, daily, type CheckinInput, type PlanInput } from './plan-builder.js';

function recovery(fields: PlanInput, checkins: CheckinInput[], today: string) {
  return analyzeRecovery(buildTimeline(buildPlan(fields, checkins), today));
}

const M = 0.5 ** (1 / 13);

describe('recovery', () => {
  it('is null where there is no data at all: no started, no check-ins', () => {
    expect(recovery({ cost_per_day: 12 }, [], '2026-03-10')).toEqual({
      sober_since: null,
      days_sober: null,
      longest_streak: null,
      use_days_total: 0,
      free_days_30: 0,
      use_days_30: 0,
      checkin_days_30: 0,
      milestones_reached: null,
      next_milestone: null,
      money_saved: null,
      strength: null,
    });
  });

  it('counts from started when there are no check-ins', () => {
    expect(recovery({ started: '2026-01-01', cost_per_day: 10 }, [], '2026-03-01')).toEqual({
      sober_since: '2026-01-01',
      days_sober: 59,
      longest_streak: 59,
      use_days_total: 0,
      free_days_30: 0,
      use_days_30: 0,
      checkin_days_30: 0,
      milestones_reached: [1, 7, 14, 30],
      next_milestone: { days: 60, date: '2026-03-02' },
      money_saved: 590,
      strength: null,
    });
  });

  it('counts from the first check-in without started', () => {
    const r = recovery({}, daily('2026-03-01', '2026-03-10', () => ({ used: false })), '2026-03-10');
    expect(r.sober_since).toBe('2026-03-01');
    expect(r.days_sober).toBe(9);
    expect(r.longest_streak).toBe(9);
    expect([r.free_days_30, r.use_days_30, r.checkin_days_30]).toEqual([10, 0, 10]);
    expect(r.milestones_reached).toEqual([1, 7]);
    expect(r.next_milestone).toEqual({ days: 14, date: '2026-03-15' });
    expect(r.money_saved).toBeNull();
    expect(r.strength).toBe(1 - M ** 10);
  });

  it('restarts the day after a use on the first day', () => {
    const checkins = daily('2026-03-01', '2026-03-10', (_, i) => ({ used: i === 0 }));
    const r = recovery({ started: '2026-03-01' }, checkins, '2026-03-10');
    expect(r.sober_since).toBe('2026-03-02');
    expect(r.days_sober).toBe(8);
    expect(r.longest_streak).toBe(8);
    expect(r.use_days_total).toBe(1);
    expect([r.free_days_30, r.use_days_30, r.checkin_days_30]).toEqual([9, 1, 10]);
  });

  it('shows 0 days, never fewer, after a use today, and starts again tomorrow', () => {
    const checkins = daily('2026-03-01', '2026-03-10', (date) => ({ used: date === '2026-03-10' }));
    const r = recovery({ started: '2026-03-01', cost_per_day: 8 }, checkins, '2026-03-10');
    expect(r.sober_since).toBe('2026-03-11');
    expect(r.days_sober).toBe(0);
    expect(r.longest_streak).toBe(9);
    expect(r.milestones_reached).toEqual([]);
    expect(r.next_milestone).toEqual({ days: 1, date: '2026-03-12' });
    expect(r.money_saved).toBe(0);
  });

  it('takes the longest of the stretch before the first use, between uses and now (two consecutive use days)', () => {
    const uses = ['2026-03-05', '2026-03-06'];
    const checkins = daily('2026-03-01', '2026-03-20', (date) => ({ used: uses.includes(date) }));
    const r = recovery({ started: '2026-02-01' }, checkins, '2026-03-20');
    expect(r.sober_since).toBe('2026-03-07');
    expect(r.days_sober).toBe(13);
    expect(r.longest_streak).toBe(32);
    expect(r.use_days_total).toBe(2);
  });

  it('finds a longest stretch between two uses', () => {
    const uses = ['2026-01-02', '2026-02-20', '2026-03-01'];
    const checkins = uses.map((date) => ({ date, used: true }));
    const r = recovery({ started: '2026-01-01' }, checkins, '2026-03-10');
    expect(r.longest_streak).toBe(48);
    expect(r.days_sober).toBe(8);
  });

  it('ignores check-ins after today', () => {
    const checkins = [...daily('2026-03-01', '2026-03-20', () => ({ used: false })), { date: '2026-03-25', used: true }];
    const r = recovery({}, checkins, '2026-03-20');
    expect(r.sober_since).toBe('2026-03-01');
    expect(r.days_sober).toBe(19);
    expect(r.use_days_total).toBe(0);
    expect(r.checkin_days_30).toBe(20);
  });

  it('counts the 30 days ending today: today − 29 is in, today − 30 is out', () => {
    const checkins = [
      { date: '2026-02-28', used: true },
      { date: '2026-03-01', used: true },
      { date: '2026-03-15' },
      { date: '2026-03-30', used: false },
    ];
    const r = recovery({}, checkins, '2026-03-30');
    expect([r.free_days_30, r.use_days_30, r.checkin_days_30]).toEqual([1, 1, 3]);
    expect(r.use_days_total).toBe(2);
  });

  it('reaches yearly milestones every further 365 days', () => {
    const r = recovery({ started: '2024-01-01' }, [], '2026-01-01');
    expect(r.days_sober).toBe(731);
    expect(r.milestones_reached).toEqual([1, 7, 14, 30, 60, 90, 180, 365, 730]);
    expect(r.next_milestone).toEqual({ days: 1095, date: '2026-12-31' });
  });

  it('counts a year from 29 February in calendar days', () => {
    const r = recovery({ started: '2028-02-29' }, [], '2029-02-28');
    expect(r.days_sober).toBe(365);
    expect(r.milestones_reached?.at(-1)).toBe(365);
    expect(r.next_milestone).toEqual({ days: 730, date: '2030-02-28' });
  });

  it('builds strength on free days, dents it on a use, and leaves it on days with nothing recorded', () => {
    const checkins = [
      { date: '2026-03-01', used: false },
      { date: '2026-03-02', used: false },
      { date: '2026-03-03', used: true },
      { date: '2026-03-05', mood: 3 },
      { date: '2026-03-06', used: false },
    ];
    let s = 0;
    s = s * M + (1 - M);
    s = s * M + (1 - M);
    s = s * M;
    s = s * M + (1 - M);
    expect(recovery({}, checkins, '2026-03-08').strength).toBe(s);
  });

  it('starts strength at 0 on the first check-in, even one without used', () => {
    expect(recovery({}, [{ date: '2026-03-01', mood: 4 }], '2026-03-01').strength).toBe(0);
  });
});
