// The trends section: mean mood and craving over the 7 and 28 days ending today.

import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { analyzeTrends } from '../../src/analyze/trends.js';
import { buildPlan, type CheckinInput } from './plan-builder.js';

function trends(checkins: CheckinInput[], today: string) {
  return analyzeTrends(buildTimeline(buildPlan({}, checkins), today));
}

describe('trends', () => {
  it('are null without values', () => {
    expect(trends([{ date: '2026-03-10', used: false }], '2026-03-10')).toEqual({ mood_7: null, mood_28: null, craving_7: null, craving_28: null });
  });

  it('average over the 7 and 28 days ending today, only check-ins that record the field, unrounded', () => {
    const checkins = [
      { date: '2026-02-10', mood: 1, craving: 10 },
      { date: '2026-02-11', mood: 2, craving: 9 },
      { date: '2026-03-03', mood: 3 },
      { date: '2026-03-04', mood: 4, craving: 2 },
      { date: '2026-03-08', mood: 5, craving: 1 },
      { date: '2026-03-10', craving: 0 },
      { date: '2026-03-11', mood: 1, craving: 10 },
    ];
    // 7 days: 4 … 10 March; 28 days: 11 February … 10 March.
    expect(trends(checkins, '2026-03-10')).toEqual({ mood_7: 4.5, mood_28: 14 / 4, craving_7: 1, craving_28: 12 / 4 });
  });
});
