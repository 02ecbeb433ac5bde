// The mood and craving charts' series: 28 days ending today, each with the mean of the 7 days ending it, as the analysis counts trends.

import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../src/analyze/report.js';
import { dailySeries } from '../../src/site/daily-series.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { planFixture } from '../plan-fixture.js';

function samPlan(files: Record<string, string>) {
  const checked = checkPlans(planFixture(files).plans, '2026-11-24');
  if (!checked.ok || !checked.plans[0]?.plan) throw new Error('fixture did not load');
  return checked.plans[0].plan;
}

describe('dailySeries', () => {
  const plan = samPlan({
    'checkins/2026-11-10.md': '---\nmood: 1\ncraving: 9\n---\n',
    'checkins/2026-11-18.md': '---\nmood: 2\n---\n',
    'checkins/2026-11-24.md': '---\nmood: 5\ncraving: 0\n---\n',
  });

  it('gives 28 days ending today, null where nothing was recorded', () => {
    const series = dailySeries(plan.checkins, 'mood', '2026-11-24');
    expect(series).toHaveLength(28);
    expect(series[0]!.date).toBe('2026-10-28');
    expect(series.at(-1)).toEqual({ date: '2026-11-24', value: 5, mean: (2 + 4 + 5) / 3 });
    expect(series.find((point) => point.date === '2026-11-11')).toEqual({ date: '2026-11-11', value: null, mean: 1 });
    expect(series.find((point) => point.date === '2026-11-17')).toEqual({ date: '2026-11-17', value: null, mean: null });
  });

  it("ends on the analysis's 7-day means", () => {
    const report = analyzePlan(plan, '2026-11-24');
    expect(dailySeries(plan.checkins, 'mood', '2026-11-24').at(-1)!.mean).toBe(report.trends.mood_7);
    expect(dailySeries(plan.checkins, 'craving', '2026-11-24').at(-1)!.mean).toBe(report.trends.craving_7);
  });
});
