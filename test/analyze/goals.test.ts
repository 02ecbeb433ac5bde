// The goals section: start defaults, steps, total progress and expected share, every status rule, and goalPace.

import { describe, expect, it } from 'vitest';
import { analyzeGoals, goalPace } from '../../src/analyze/goals.js';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { buildPlan, daily, type CheckinInput, type PlanInput } from './plan-builder.js';

type GoalInput = NonNullable<PlanInput['goals']>[number];

function goals(goalList: GoalInput[], checkins: CheckinInput[], today: string, fields: PlanInput = {}) {
  return analyzeGoals(buildTimeline(buildPlan({ ...fields, goals: goalList }, checkins), today));
}

function one(g: Omit<GoalInput, 'id' | 'title'>, checkins: CheckinInput[], today: string, fields: PlanInput = {}) {
  return goals([{ id: 'g', title: 'A goal', ...g }], checkins, today, fields)[0]!;
}

const meetings = (target: number, direction: 'at_least' | 'at_most' = 'at_least') => ({ metric: 'meetings', target, direction });
/** `sum` meetings in total, one a day from `from`. */
const meetingDays = (from: string, sum: number) => daily(from, '2026-12-31').slice(0, sum).map((c) => ({ ...c, meetings: 1 }));

describe('goal start', () => {
  it('is the goal’s own, else started, else the first check-in’s date, else null', () => {
    expect(one({ start: '2026-02-01' }, [], '2026-03-10', { started: '2026-01-01' }).start).toBe('2026-02-01');
    expect(one({}, [{ date: '2026-02-10' }], '2026-03-10', { started: '2026-01-01' }).start).toBe('2026-01-01');
    expect(one({}, [{ date: '2026-02-10' }], '2026-03-10').start).toBe('2026-02-10');
    expect(one({}, [{ date: '2026-03-12' }], '2026-03-10').start).toBeNull();
  });

  it('with none at all, a measured goal has not started and has no figures', () => {
    expect(one({ measure: meetings(3), due: '2026-06-01' }, [], '2026-03-10')).toEqual({
      id: 'g',
      title: 'A goal',
      start: null,
      due: '2026-06-01',
      steps_total: 0,
      steps_done: 0,
      steps_overdue: 0,
      periods: null,
      adherence: null,
      current: null,
      progress: null,
      expected: null,
      status: 'not_started',
    });
  });
});

describe('total goals', () => {
  const g = { start: '2026-03-01', due: '2026-03-31', measure: meetings(10) };

  it('report progress, expected share and the sum so far', () => {
    const r = one(g, meetingDays('2026-03-01', 5), '2026-03-16');
    expect(r).toMatchObject({ periods: null, adherence: null, current: { sum: 5, target: 10 }, progress: 0.5, expected: 0.5, status: 'on_track' });
  });

  it('are behind when progress trails expected by more than 0.1', () => {
    expect(one(g, meetingDays('2026-03-01', 3), '2026-03-16').status).toBe('behind');
    expect(one(g, meetingDays('2026-03-01', 4), '2026-03-16').status).toBe('on_track');
    // 0.8 − 0.7 is 0.10000000000000009 in floating point: still exactly 0.1, so not behind.
    const short = { start: '2026-03-01', due: '2026-03-11', measure: meetings(10) };
    expect(one(short, meetingDays('2026-03-01', 7), '2026-03-09')).toMatchObject({ expected: 0.8, progress: 0.7, status: 'on_track' });
  });

  it('are done on reaching the target, even after the due date; missed when not', () => {
    expect(one(g, meetingDays('2026-03-01', 10), '2026-03-12')).toMatchObject({ progress: 1, status: 'done' });
    expect(one(g, meetingDays('2026-03-01', 9), '2026-04-01')).toMatchObject({ expected: 1, status: 'missed' });
    expect(one(g, meetingDays('2026-03-25', 10), '2026-04-05').status).toBe('done');
    expect(one(g, meetingDays('2026-03-01', 9), '2026-03-31').status).toBe('on_track');
    expect(one(g, meetingDays('2026-03-01', 8), '2026-03-31').status).toBe('behind');
  });

  it('count only check-ins from the start through today', () => {
    const checkins = [{ date: '2026-02-28', meetings: 4 }, { date: '2026-03-02', meetings: 2 }, { date: '2026-03-20', meetings: 4 }];
    expect(one(g, checkins, '2026-03-10').current).toEqual({ sum: 2, target: 10 });
  });

  it('with a target of 0 are done from the start', () => {
    expect(one({ start: '2026-03-01', measure: meetings(0) }, [], '2026-03-02')).toMatchObject({ progress: 1, expected: null, status: 'done' });
  });

  it('without a due date have no expected share and are never missed', () => {
    expect(one({ start: '2026-03-01', measure: meetings(10) }, meetingDays('2026-03-01', 1), '2027-03-01')).toMatchObject({ progress: 0.1, expected: null, status: 'on_track' });
  });

  it('have not started before their start', () => {
    expect(one({ ...g, start: '2026-03-20' }, [], '2026-03-10')).toMatchObject({ expected: 0, progress: 0, status: 'not_started' });
  });
});

describe('at_most total goals', () => {
  const g = { start: '2026-03-01', due: '2026-03-31', measure: { metric: 'drinks', target: 10, direction: 'at_most' as const } };
  const drinks = (sum: number, from = '2026-03-01') => daily(from, '2026-12-31').slice(0, sum).map((c) => ({ ...c, drinks: 1 }));

  it('are never done before the due date, and on track while under the allowance’s pace', () => {
    expect(one(g, drinks(4), '2026-03-16')).toMatchObject({ progress: 0.4, expected: 0.5, status: 'on_track' });
    expect(one(g, [], '2026-03-31')).toMatchObject({ progress: 0, status: 'on_track' });
  });

  it('are behind when using the allowance faster than time passes, or over it', () => {
    expect(one(g, drinks(7), '2026-03-16').status).toBe('behind');
    expect(one(g, drinks(11), '2026-03-16').status).toBe('behind');
  });

  it('after the due date are done when the sum through the due date is within the target', () => {
    expect(one(g, [...drinks(10), ...drinks(5, '2026-04-01')], '2026-04-10')).toMatchObject({ current: { sum: 15, target: 10 }, status: 'done' });
    expect(one(g, drinks(11), '2026-04-10').status).toBe('missed');
  });

  it('with a target of 0 are on track until a first use, then behind', () => {
    const zero = { ...g, measure: { ...g.measure, target: 0 } };
    expect(one(zero, [], '2026-03-16')).toMatchObject({ progress: 1, status: 'on_track' });
    expect(one(zero, [{ date: '2026-03-05', drinks: 1 }], '2026-03-16').status).toBe('behind');
    expect(one(zero, [], '2026-04-01').status).toBe('done');
  });
});

describe('periodic goals', () => {
  const weekly = { start: '2026-03-02', due: '2026-04-05', measure: { ...meetings(1), per: 'week' as const } };
  /** One meeting in each of the first `n` weeks from 2 March. */
  const weeksMet = (n: number) => Array.from({ length: n }, (_, i) => ({ date: `2026-03-${String(2 + 7 * i).padStart(2, '0')}`, meetings: 1 }));

  it('are on track without a complete period, and behind under 0.8 adherence', () => {
    expect(one(weekly, [], '2026-03-05')).toMatchObject({ periods: [], adherence: null, status: 'on_track' });
    expect(one(weekly, weeksMet(3), '2026-03-30')).toMatchObject({ adherence: 0.75, status: 'behind' });
    expect(one(weekly, weeksMet(4), '2026-03-30')).toMatchObject({ adherence: 1, status: 'on_track' });
  });

  it('after the due date are done at 0.8 adherence or more, else missed', () => {
    expect(one(weekly, weeksMet(4), '2026-04-06')).toMatchObject({ adherence: 0.8, current: { start: '2026-04-06', end: '2026-04-12', sum: 0, target: 1 }, status: 'done' });
    expect(one(weekly, weeksMet(3), '2026-04-06')).toMatchObject({ adherence: 0.6, status: 'missed' });
    expect(one(weekly, weeksMet(5), '2026-04-05')).toMatchObject({ adherence: 1, status: 'on_track' });
  });

  it('are missed after a due date too close to hold a complete period', () => {
    expect(one({ ...weekly, start: '2026-03-04', due: '2026-03-10' }, [], '2026-03-20')).toMatchObject({ adherence: null, status: 'missed' });
  });

  it('show the period containing today even before their start', () => {
    expect(one({ ...weekly, start: '2026-03-16' }, [], '2026-03-10')).toMatchObject({ current: { start: '2026-03-09', end: '2026-03-15', sum: 0, target: 1 }, status: 'not_started' });
  });
});

describe('goals without a measure', () => {
  const steps = (...list: { due?: string; done?: string }[]) => list.map((s, i) => ({ do: `step ${i + 1}`, ...s }));

  it('count steps, done ones and overdue ones (due before today)', () => {
    const r = one({ start: '2026-03-01', steps: steps({ done: '2026-03-02' }, { due: '2026-03-09' }, { due: '2026-03-10' }, {}) }, [], '2026-03-10');
    expect(r).toMatchObject({ steps_total: 4, steps_done: 1, steps_overdue: 1, periods: null, adherence: null, current: null, progress: null, expected: null, status: 'behind' });
  });

  it('are done when every step is done, even with no start at all', () => {
    expect(one({ steps: steps({ done: '2026-03-02' }, { done: '2026-03-03', due: '2026-03-01' }) }, [], '2026-03-10')).toMatchObject({ start: null, status: 'done' });
  });

  it('are missed after their due date, on track otherwise', () => {
    expect(one({ start: '2026-03-01', due: '2026-03-05', steps: steps({}) }, [], '2026-03-10').status).toBe('missed');
    expect(one({ start: '2026-03-01', due: '2026-03-05' }, [], '2026-03-10').status).toBe('missed');
    expect(one({ start: '2026-03-01', steps: steps({ due: '2026-03-20' }) }, [], '2026-03-10').status).toBe('on_track');
    expect(one({ start: '2026-03-01' }, [], '2026-03-10').status).toBe('on_track');
  });
});

describe('paused and dropped goals', () => {
  it('keep their figures and say so in their status', () => {
    const measure = { ...meetings(1), per: 'day' as const };
    const [paused, dropped] = goals(
      [
        { id: 'p', title: 'P', start: '2026-03-01', measure, status: 'paused' },
        { id: 'd', title: 'D', start: '2026-03-20', steps: [{ do: 'x', due: '2026-03-02' }], status: 'dropped' },
      ],
      [{ date: '2026-03-01', meetings: 1 }],
      '2026-03-03',
    );
    expect(paused).toMatchObject({ adherence: 0.5, status: 'paused' });
    expect(dropped).toMatchObject({ steps_overdue: 1, status: 'dropped' });
  });

  it('come out in plan order', () => {
    expect(goals([{ id: 'b', title: 'B' }, { id: 'a', title: 'A' }], [], '2026-03-03').map((g) => g.id)).toEqual(['b', 'a']);
  });
});

describe('goalPace', () => {
  const plan = (goal: Omit<GoalInput, 'id' | 'title'>, checkins: CheckinInput[] = meetingDays('2026-03-01', 6)) =>
    buildPlan({ started: '2026-03-01', goals: [{ id: 'g', title: 'G', ...goal }] }, checkins);
  const total = { due: '2026-03-31', measure: meetings(30) };

  it('projects the pace so far to the due date', () => {
    const p = plan(total);
    expect(goalPace(p, p.fields.goals[0]!, '2026-03-11')).toEqual({ sum: 6, daysElapsed: 10, projected: 18 });
  });

  it('is null on the start day, after the due date, and for goals it does not apply to', () => {
    const cases: [Omit<GoalInput, 'id' | 'title'>, string][] = [
      [total, '2026-03-01'],
      [total, '2026-04-01'],
      [{ ...total, status: 'paused' }, '2026-03-11'],
      [{ measure: meetings(30) }, '2026-03-11'],
      [{ ...total, measure: meetings(30, 'at_most') }, '2026-03-11'],
      [{ ...total, measure: { ...meetings(1), per: 'day' } }, '2026-03-11'],
      [{ due: '2026-03-31' }, '2026-03-11'],
    ];
    for (const [goal, today] of cases) {
      const p = plan(goal);
      expect(goalPace(p, p.fields.goals[0]!, today)).toBeNull();
    }
  });
});
