// The dates a summary covers, and its weeks: the 90 days ending today by default, ISO weeks cut to the range.

import { describe, expect, it } from 'vitest';
import { rangeDays, shareRange } from '../../src/share/share-range.js';
import { weeklyMeans } from '../../src/share/weekly-means.js';
import { buildPlan, daily } from '../analyze/plan-builder.js';

describe('shareRange', () => {
  it('is the 90 days ending today, or ending --to', () => {
    expect(shareRange('2026-11-24', undefined, undefined)).toEqual({ ok: true, range: { from: '2026-08-27', to: '2026-11-24' } });
    expect(shareRange('2026-11-24', undefined, '2026-03-31')).toEqual({ ok: true, range: { from: '2026-01-01', to: '2026-03-31' } });
    expect(rangeDays({ from: '2026-08-27', to: '2026-11-24' })).toBe(90);
  });

  it('takes a single day, and refuses a date that is not one', () => {
    expect(shareRange('2026-11-24', '2026-11-24', undefined)).toEqual({ ok: true, range: { from: '2026-11-24', to: '2026-11-24' } });
    expect(shareRange('2026-11-24', '2026-02-30', undefined)).toEqual({ ok: false, message: "--from must be a real date written YYYY-MM-DD, such as 2026-11-24 (got '2026-02-30')" });
  });
});

describe('weeklyMeans', () => {
  it('cuts the first and last ISO weeks to the range and leaves a week without check-ins empty', () => {
    const plan = buildPlan({}, [...daily('2026-11-04', '2026-11-08', (_, i) => ({ mood: i + 1, craving: 2 })), ...daily('2026-11-16', '2026-11-18', () => ({ mood: 4 }))]);
    expect(weeklyMeans(plan.checkins, { from: '2026-11-04', to: '2026-11-18' })).toEqual([
      { start: '2026-11-04', end: '2026-11-08', checkins: 5, mood: 3, craving: 2 },
      { start: '2026-11-09', end: '2026-11-15', checkins: 0, mood: null, craving: null },
      { start: '2026-11-16', end: '2026-11-18', checkins: 3, mood: 4, craving: null },
    ]);
  });
});
