// The measures section and the safety_check alert: totals and bands as format.md scores them, oldest first.

import { describe, expect, it } from 'vitest';
import { analyzeMeasures, gad7Band, phq9Band } from '../../src/analyze/measures.js';
import { analyzePlan } from '../../src/analyze/report.js';
import { buildTimeline } from '../../src/analyze/timeline.js';
import { buildPlan, type ReviewInput } from './plan-builder.js';

function measures(list: ReviewInput[], today: string) {
  return analyzeMeasures(buildTimeline(buildPlan({ started: '2026-01-01' }, [], list), today));
}

const PHQ9_ITEM9 = (score: number) => [1, 2, 1, 1, 0, 1, 1, 0, score];

describe('measures', () => {
  it('are null where no review answered a questionnaire', () => {
    expect(measures([{ date: '2026-02-01' }], '2026-03-01')).toEqual({ phq9: null, gad7: null, barc10: null });
  });

  it('list each total with its band, oldest first, leaving out reviews after today', () => {
    const list: ReviewInput[] = [
      { date: '2026-03-01', measures: { phq9: [3, 3, 2, 2, 2, 2, 1, 1, 0], gad7: [3, 3, 3, 3, 2, 2, 1], barc10: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3] } },
      { date: '2026-02-01', measures: { phq9: [3, 3, 3, 3, 3, 3, 2, 1, 1] }, recovery_capital: 25 },
      { date: '2026-04-01', measures: { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, recovery_capital: 50 },
    ];
    expect(measures(list, '2026-03-15')).toEqual({
      phq9: [
        { date: '2026-02-01', total: 22, band: 'severe' },
        { date: '2026-03-01', total: 16, band: 'moderately_severe' },
      ],
      gad7: [{ date: '2026-03-01', total: 17, band: 'severe' }],
      barc10: [
        { date: '2026-02-01', total: 25 },
        { date: '2026-03-01', total: 30 },
      ],
    });
  });

  it('band totals at the edges of format.md’s table', () => {
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map(phq9Band)).toEqual(['minimal', 'minimal', 'mild', 'mild', 'moderate', 'moderate', 'moderately_severe', 'moderately_severe', 'severe', 'severe']);
    expect([0, 4, 5, 9, 10, 14, 15, 21].map(gad7Band)).toEqual(['minimal', 'minimal', 'mild', 'mild', 'moderate', 'moderate', 'severe', 'severe']);
  });
});

describe('the safety_check alert', () => {
  const alerts = (list: ReviewInput[], today: string) => analyzePlan(buildPlan({ started: '2026-01-01', review_every: '1m' }, [], list), today).alerts;

  it('comes first when the latest PHQ-9, in the 30 days ending today, has item 9 above 0', () => {
    expect(alerts([{ date: '2026-03-02', measures: { phq9: PHQ9_ITEM9(1) } }], '2026-03-31')).toEqual([{ code: 'safety_check', date: '2026-03-02' }]);
  });

  it('is not raised after those 30 days, for item 9 at 0, or when a later PHQ-9 has item 9 at 0', () => {
    expect(alerts([{ date: '2026-03-01', measures: { phq9: PHQ9_ITEM9(2) } }], '2026-03-31')).toEqual([]);
    expect(alerts([{ date: '2026-03-20', measures: { phq9: PHQ9_ITEM9(0) } }], '2026-03-31')).toEqual([]);
    const later = [
      { date: '2026-03-10', measures: { phq9: PHQ9_ITEM9(3) } },
      { date: '2026-03-20', measures: { phq9: PHQ9_ITEM9(0) } },
    ];
    expect(alerts(later, '2026-03-31')).toEqual([]);
  });

  it('looks past a later review without a PHQ-9', () => {
    const list = [{ date: '2026-03-10', measures: { phq9: PHQ9_ITEM9(1) } }, { date: '2026-03-20', recovery_capital: 40 }];
    expect(alerts(list, '2026-03-31')).toEqual([{ code: 'safety_check', date: '2026-03-10' }]);
  });
});
