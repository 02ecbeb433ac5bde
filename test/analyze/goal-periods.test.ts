// A periodic goal's complete days, ISO weeks and calendar months, and the period containing today.

import { describe, expect, it } from 'vitest';
import { dateOf, dayNumber } from '../../src/analyze/dates.js';
import { spansWithin } from '../../src/analyze/goal-periods.js';
import { analyzeGoals } from '../../src/analyze/goals.js';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { buildPlan, type CheckinInput } from './plan-builder.js';

type Per = 'day' | 'week' | 'month';

function goal(per: Per, dates: { start?: string; due?: string }, checkins: CheckinInput[], today: string, target = 2, direction: 'at_least' | 'at_most' = 'at_least') {
  const plan = buildPlan({ goals: [{ id: 'g', title: 'G', ...dates, measure: { metric: 'meetings', target, per, direction } }] }, checkins);
  return analyzeGoals(buildTimeline(plan, today))[0]!;
}

function spans(per: Per, from: string, to: string): string[] {
  return spansWithin(per, dayNumber(from), dayNumber(to)).map(({ start, end }) => `${dateOf(start)}..${dateOf(end)}`);
}

describe('spansWithin', () => {
  it('keeps only periods wholly inside', () => {
    expect(spans('week', '2026-03-04', '2026-03-23')).toEqual(['2026-03-09..2026-03-15', '2026-03-16..2026-03-22']);
    expect(spans('week', '2026-03-02', '2026-03-15')).toEqual(['2026-03-02..2026-03-08', '2026-03-09..2026-03-15']);
    expect(spans('month', '2028-01-15', '2028-04-09')).toEqual(['2028-02-01..2028-02-29', '2028-03-01..2028-03-31']);
    expect(spans('month', '2028-02-01', '2028-02-29')).toEqual(['2028-02-01..2028-02-29']);
    expect(spans('day', '2026-12-30', '2027-01-01')).toEqual(['2026-12-30..2026-12-30', '2026-12-31..2026-12-31', '2027-01-01..2027-01-01']);
    expect(spans('day', '2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('crosses a year end in ISO week 53', () => {
    expect(spans('week', '2026-12-21', '2027-01-04')).toEqual(['2026-12-21..2026-12-27', '2026-12-28..2027-01-03']);
  });
});

describe('periods of a goal', () => {
  it('are the days from start through yesterday, each with its sum', () => {
    const checkins = [{ date: '2026-03-01', meetings: 2 }, { date: '2026-03-02', meetings: 1 }, { date: '2026-03-03' }, { date: '2026-03-05', meetings: 3 }];
    const g = goal('day', { start: '2026-03-01' }, checkins, '2026-03-05');
    expect(g.periods).toEqual([
      { start: '2026-03-01', end: '2026-03-01', sum: 2, met: true },
      { start: '2026-03-02', end: '2026-03-02', sum: 1, met: false },
      { start: '2026-03-03', end: '2026-03-03', sum: 0, met: false },
      { start: '2026-03-04', end: '2026-03-04', sum: 0, met: false },
    ]);
    expect(g.adherence).toBe(0.25);
    expect(g.current).toEqual({ start: '2026-03-05', end: '2026-03-05', sum: 3, target: 2 });
  });

  it('end at the due date, which counts', () => {
    const g = goal('week', { start: '2026-03-02', due: '2026-03-15' }, [{ date: '2026-03-15', meetings: 2 }], '2026-04-01');
    expect(g.periods).toEqual([
      { start: '2026-03-02', end: '2026-03-08', sum: 0, met: false },
      { start: '2026-03-09', end: '2026-03-15', sum: 2, met: true },
    ]);
    // The period containing today, as the contract says, though it lies after the due date and never counts.
    expect(g.current).toEqual({ start: '2026-03-30', end: '2026-04-05', sum: 0, target: 2 });
    const before = goal('week', { start: '2026-03-02', due: '2026-03-14' }, [], '2026-04-01');
    expect(before.periods).toHaveLength(1);
  });

  it('start with the first whole week after a mid-week start', () => {
    const checkins = [{ date: '2026-03-03', meetings: 5 }, { date: '2026-03-10', meetings: 1 }, { date: '2026-03-12', meetings: 1 }, { date: '2026-03-23', meetings: 1 }];
    const g = goal('week', { start: '2026-03-04' }, checkins, '2026-03-24');
    expect(g.periods).toEqual([
      { start: '2026-03-09', end: '2026-03-15', sum: 2, met: true },
      { start: '2026-03-16', end: '2026-03-22', sum: 0, met: false },
    ]);
    expect(g.current).toEqual({ start: '2026-03-23', end: '2026-03-29', sum: 1, target: 2 });
  });

  it('count a week that ended yesterday, not one that ends today', () => {
    expect(goal('week', { start: '2026-03-02' }, [], '2026-03-09').periods).toHaveLength(1);
    expect(goal('week', { start: '2026-03-02' }, [], '2026-03-08').periods).toEqual([]);
    expect(goal('week', { start: '2026-03-02' }, [], '2026-03-08').adherence).toBeNull();
  });

  it('sum an ISO week 53 across the year end', () => {
    const checkins = [{ date: '2026-12-31', meetings: 1 }, { date: '2027-01-02', meetings: 1 }];
    const g = goal('week', { start: '2026-12-21' }, checkins, '2027-01-05');
    expect(g.periods).toEqual([
      { start: '2026-12-21', end: '2026-12-27', sum: 0, met: false },
      { start: '2026-12-28', end: '2027-01-03', sum: 2, met: true },
    ]);
    expect(g.current).toEqual({ start: '2027-01-04', end: '2027-01-10', sum: 0, target: 2 });
  });

  it('are calendar months, 29 February included', () => {
    const checkins = [{ date: '2028-02-29', meetings: 2 }, { date: '2028-03-31', meetings: 1 }, { date: '2028-04-01', meetings: 4 }];
    const g = goal('month', { start: '2028-01-15' }, checkins, '2028-04-10');
    expect(g.periods).toEqual([
      { start: '2028-02-01', end: '2028-02-29', sum: 2, met: true },
      { start: '2028-03-01', end: '2028-03-31', sum: 1, met: false },
    ]);
    expect(g.current).toEqual({ start: '2028-04-01', end: '2028-04-30', sum: 4, target: 2 });
  });

  it('meet an at_most target of 0 on days with nothing, and not on a day with some', () => {
    const g = goal('day', { start: '2026-03-01' }, [{ date: '2026-03-02', meetings: 1 }, { date: '2026-03-03', meetings: 0 }], '2026-03-05', 0, 'at_most');
    expect(g.periods?.map((p) => p.met)).toEqual([true, false, true, true]);
    expect(g.adherence).toBe(0.75);
  });

  it('ignore check-ins after today in the current period', () => {
    const g = goal('week', { start: '2026-03-02' }, [{ date: '2026-03-10', meetings: 1 }, { date: '2026-03-12', meetings: 1 }], '2026-03-11');
    expect(g.current).toEqual({ start: '2026-03-09', end: '2026-03-15', sum: 1, target: 2 });
  });
});
