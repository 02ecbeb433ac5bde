// The check-ins section: count, first and last, the streak back from today or yesterday, and gaps in the last 30 days.

import { describe, expect, it } from 'vitest';
import { analyzeCheckins } from '../../src/analyze/checkins.js';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { buildPlan, daily, type CheckinInput } from './plan-builder.js';

function checkins(list: CheckinInput[], today: string) {
  return analyzeCheckins(buildTimeline(buildPlan({}, list), today));
}

describe('checkins', () => {
  it('has nothing to say without check-ins', () => {
    expect(checkins([], '2026-03-10')).toEqual({ count: 0, first: null, last: null, streak: 0, gaps_30: null });
  });

  it('counts the streak back from today when today has a check-in', () => {
    expect(checkins(daily('2026-03-05', '2026-03-10'), '2026-03-10')).toEqual({
      count: 6,
      first: '2026-03-05',
      last: '2026-03-10',
      streak: 6,
      gaps_30: 0,
    });
  });

  it('counts the streak back from yesterday while today has none yet', () => {
    expect(checkins(daily('2026-03-05', '2026-03-10'), '2026-03-11').streak).toBe(6);
    expect(checkins(daily('2026-03-05', '2026-03-10'), '2026-03-12').streak).toBe(0);
  });

  it('stops the streak at a missing day', () => {
    const list = [...daily('2026-03-01', '2026-03-03'), ...daily('2026-03-05', '2026-03-10')];
    expect(checkins(list, '2026-03-10').streak).toBe(6);
  });

  it('ignores check-ins after today', () => {
    const r = checkins([...daily('2026-03-01', '2026-03-10'), { date: '2026-03-12' }], '2026-03-10');
    expect([r.count, r.last, r.streak]).toEqual([10, '2026-03-10', 10]);
  });

  it('counts gaps only from the first check-in', () => {
    const list = [{ date: '2026-03-01' }, { date: '2026-03-03' }, { date: '2026-03-09' }];
    expect(checkins(list, '2026-03-10').gaps_30).toBe(6);
  });

  it('counts gaps among today − 30 … today − 1, not today', () => {
    const list = daily('2026-02-01', '2026-04-29').filter(({ date }) => !['2026-03-30', '2026-03-31', '2026-04-20'].includes(date));
    // Today − 30 is 31 March, in the window; 30 March is not.
    expect(checkins(list, '2026-04-30').gaps_30).toBe(2);
    expect(checkins(list, '2026-04-30').streak).toBe(9);
  });

  it('counts the days since the last check-in as gaps', () => {
    expect(checkins([{ date: '2026-03-01' }], '2026-03-05').gaps_30).toBe(3);
  });
});
