// The triggers and coping sections: counts, average craving and use rate, and use with and without each strategy.

import { describe, expect, it } from 'vitest';
import { buildTimeline, type Timeline } from '../../src/analyze/timeline.js';
import { analyzeTriggersAndCoping } from '../../src/analyze/triggers.js';
import { buildPlan, type CheckinInput } from './plan-builder.js';

const analyzeTriggers = (timeline: Timeline) => analyzeTriggersAndCoping(timeline).triggers;
const analyzeCoping = (timeline: Timeline) => analyzeTriggersAndCoping(timeline).coping;

const FIELDS = {
  triggers: [
    { id: 'payday', name: 'Payday' },
    { id: 'lonely', name: 'Feeling lonely' },
    { id: 'bar', name: 'Walking past the bar' },
  ],
  coping: [
    { id: 'urge-surf', name: 'Urge surfing' },
    { id: 'call', name: 'Call someone' },
  ],
};

const CHECKINS: CheckinInput[] = [
  { date: '2026-01-10', triggers: ['payday'], craving: 8, used: true },
  { date: '2026-02-20', triggers: ['payday', 'lonely'], coping: ['urge-surf'], craving: 6, used: false },
  { date: '2026-02-25', triggers: ['lonely'], coping: ['urge-surf', 'call'], used: false },
  { date: '2026-03-01', triggers: ['lonely'], coping: ['call'], craving: 3 },
  { date: '2026-03-05', coping: ['urge-surf'], craving: 2, used: false },
  { date: '2026-03-08', triggers: ['payday'], craving: 9, used: true },
  { date: '2026-03-30', triggers: ['payday'], coping: ['call'], craving: 1, used: false },
];

const timeline = () => buildTimeline(buildPlan(FIELDS, CHECKINS), '2026-03-20');

describe('triggers', () => {
  it('count check-ins naming each, all and in the 30 days ending today, with mean craving and use rate', () => {
    expect(analyzeTriggers(timeline())).toEqual([
      { id: 'payday', count: 3, count_30: 2, avg_craving: (8 + 6 + 9) / 3, use_rate: 2 / 3 },
      { id: 'lonely', count: 3, count_30: 3, avg_craving: (6 + 3) / 2, use_rate: 0 },
      { id: 'bar', count: 0, count_30: 0, avg_craving: null, use_rate: null },
    ]);
  });

  it('count a trigger named twice in one check-in once', () => {
    const plan = buildPlan(FIELDS, [{ date: '2026-03-01', triggers: ['bar', 'bar'], used: true }]);
    expect(analyzeTriggers(buildTimeline(plan, '2026-03-01'))[2]).toEqual({ id: 'bar', count: 1, count_30: 1, avg_craving: null, use_rate: 1 });
  });
});

describe('coping', () => {
  it('compare use with and without each strategy over check-ins that name a trigger and record used', () => {
    // Compared: 10 Jan (used), 20 Feb, 25 Feb, 8 Mar (used). 1 Mar records no use; 5 Mar names no trigger; 30 Mar is after today.
    expect(analyzeCoping(timeline())).toEqual([
      { id: 'urge-surf', count: 3, count_30: 3, avg_craving: (6 + 2) / 2, use_rate: 0, n_with: 2, use_rate_with: 0, n_without: 2, use_rate_without: 1 },
      { id: 'call', count: 2, count_30: 2, avg_craving: 3, use_rate: 0, n_with: 1, use_rate_with: 0, n_without: 3, use_rate_without: 2 / 3 },
    ]);
  });

  it('have null rates where nothing was compared', () => {
    expect(analyzeCoping(buildTimeline(buildPlan(FIELDS, []), '2026-03-20'))[0]).toEqual({
      id: 'urge-surf',
      count: 0,
      count_30: 0,
      avg_craving: null,
      use_rate: null,
      n_with: 0,
      use_rate_with: null,
      n_without: 0,
      use_rate_without: null,
    });
  });
});
