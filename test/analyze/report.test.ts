// The whole report: the contract's keys, a plan with nothing in it, clock changes, and properties over any plan (speed is measured by `npm run bench`, not here).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOf, dayNumber } from '../../src/analyze/dates.js';
import { analyzePlan } from '../../src/analyze/report.js';
import { buildPlan, daily, type CheckinInput, type PlanInput } from './plan-builder.js';

describe('analyzePlan', () => {
  it('gives every section under the contract’s keys, with null where there is no data', () => {
    const report = analyzePlan(buildPlan({ triggers: [{ id: 'payday', name: 'Payday' }], coping: [{ id: 'walk', name: 'Walk' }], goals: [{ id: 'g', title: 'G' }] }), '2026-03-10');
    expect(report).toEqual({
      slug: 'sam',
      today: '2026-03-10',
      recovery: {
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
      },
      checkins: { count: 0, first: null, last: null, streak: 0, gaps_30: null },
      goals: [
        {
          id: 'g',
          title: 'G',
          start: null,
          due: null,
          steps_total: 0,
          steps_done: 0,
          steps_overdue: 0,
          periods: null,
          adherence: null,
          current: null,
          progress: null,
          expected: null,
          status: 'on_track',
        },
      ],
      supports: [],
      reviews: { count: 0, last: null, next_due: null, overdue_days: null },
      measures: { phq9: null, gad7: null, barc10: null },
      triggers: [{ id: 'payday', count: 0, count_30: 0, avg_craving: null, use_rate: null }],
      coping: [{ id: 'walk', count: 0, count_30: 0, avg_craving: null, use_rate: null, n_with: 0, use_rate_with: null, n_without: 0, use_rate_without: null }],
      trends: { mood_7: null, mood_28: null, craving_7: null, craving_28: null },
      alerts: [],
    });
  });

  it('refuses a today that is not a calendar date', () => {
    expect(() => analyzePlan(buildPlan(), '2026-02-30')).toThrow(/YYYY-MM-DD/);
  });

  it('counts calendar days in America/New_York across both clock changes', () => {
    const fields: PlanInput = {
      timezone: 'America/New_York',
      started: '2026-03-07',
      supports: [{ id: 'ana', name: 'Ana', role: 'sponsor', check_in_every: '1w' }],
      goals: [{ id: 'walk', title: 'Walk', start: '2026-03-02', measure: { metric: 'walks', target: 7, per: 'week' } }],
    };
    const checkins = [
      ...daily('2026-03-02', '2026-03-15', (date) => ({ used: false, walks: 1, contacted: date === '2026-03-07' ? ['ana'] : [] })),
      ...daily('2026-10-26', '2026-11-08', () => ({ used: false, walks: 1 })),
    ];
    const spring = analyzePlan(buildPlan(fields, checkins), '2026-03-15');
    expect(spring.recovery).toMatchObject({ sober_since: '2026-03-07', days_sober: 8, longest_streak: 8, checkin_days_30: 14 });
    expect(spring.checkins).toMatchObject({ count: 14, streak: 14, gaps_30: 0 });
    expect(spring.supports).toEqual([{ id: 'ana', name: 'Ana', last_contact: '2026-03-07', next_due: '2026-03-14', overdue_days: 1 }]);
    expect(spring.goals[0]?.periods).toEqual([{ start: '2026-03-02', end: '2026-03-08', sum: 7, met: true }]);
    const autumn = analyzePlan(buildPlan(fields, checkins), '2026-11-08');
    expect(autumn.recovery).toMatchObject({ days_sober: 246, checkin_days_30: 14 });
    expect(autumn.checkins).toMatchObject({ streak: 14, gaps_30: 17 });
    expect(autumn.goals[0]?.periods?.at(-1)).toEqual({ start: '2026-10-26', end: '2026-11-01', sum: 7, met: true });
    expect(autumn.goals[0]?.current).toEqual({ start: '2026-11-02', end: '2026-11-08', sum: 7, target: 7 });
    const { timezone: _, ...withoutZone } = fields;
    expect(analyzePlan(buildPlan(withoutZone, checkins), '2026-11-08')).toEqual(autumn);
  });
});

/** Any small plan: maybe a start date, some of 120 days with a check-in, each maybe recording use, mood, craving and a metric. */
const anyPlan = fc
  .record({
    started: fc.option(fc.integer({ min: -20, max: 100 }), { nil: undefined }),
    days: fc.uniqueArray(
      fc.record({
        offset: fc.integer({ min: 0, max: 119 }),
        used: fc.option(fc.boolean(), { nil: undefined }),
        mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        craving: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        walks: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      }),
      { selector: (day) => day.offset, maxLength: 120 },
    ),
    today: fc.integer({ min: 0, max: 140 }),
  })
  .map(({ started, days, today }) => {
    const base = dayNumber('2026-02-15');
    const checkins: CheckinInput[] = days.map(({ offset, used, mood, craving, walks }) => ({
      date: dateOf(base + offset),
      ...(used === undefined ? {} : { used }),
      ...(mood === undefined ? {} : { mood }),
      ...(craving === undefined ? {} : { craving }),
      ...(walks === undefined ? {} : { walks }),
    }));
    const fields: PlanInput = {
      ...(started === undefined ? {} : { started: dateOf(base + started) }),
      goals: (['day', 'week', 'month', 'total'] as const).map((per) => ({ id: per, title: per, due: dateOf(base + 90), measure: { metric: 'walks', target: 2, per } })),
    };
    return { fields, checkins, today: dateOf(base + today) };
  });

describe('properties', () => {
  it('longest_streak is never less than days_sober', () => {
    fc.assert(
      fc.property(anyPlan, ({ fields, checkins, today }) => {
        const { recovery } = analyzePlan(buildPlan(fields, checkins), today);
        if (recovery.days_sober === null) expect(recovery.longest_streak).toBeNull();
        else expect(recovery.longest_streak).toBeGreaterThanOrEqual(recovery.days_sober);
      }),
    );
  });

  it('strength and adherence lie in [0, 1]', () => {
    fc.assert(
      fc.property(anyPlan, ({ fields, checkins, today }) => {
        const report = analyzePlan(buildPlan(fields, checkins), today);
        const shares = [report.recovery.strength, ...report.goals.map((goal) => goal.adherence)].filter((x) => x !== null);
        for (const share of shares) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('figures do not depend on the order check-ins come in', () => {
    fc.assert(
      fc.property(
        anyPlan.chain((plan) => fc.shuffledSubarray(plan.checkins, { minLength: plan.checkins.length, maxLength: plan.checkins.length }).map((shuffled) => ({ ...plan, shuffled }))),
        ({ fields, checkins, shuffled, today }) => {
          const sorted = buildPlan(fields, checkins);
          const unsorted = { ...sorted, checkins: shuffled.map((c) => sorted.checkins.find((s) => s.date === c.date)!) };
          expect(analyzePlan(unsorted, today)).toEqual(analyzePlan(sorted, today));
        },
      ),
    );
  });

  it('the report survives JSON unchanged: no undefined, NaN or Infinity', () => {
    fc.assert(
      fc.property(anyPlan, ({ fields, checkins, today }) => {
        const report = analyzePlan(buildPlan(fields, checkins), today);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
    );
  });
});
