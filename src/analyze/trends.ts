// The trends section: mean mood and craving over the last 7 and 28 days.

import type { Checkin } from '../schema/model.js';
import { firstFrom, type Timeline } from './timeline.js';

export interface TrendsReport {
  mood_7: number | null;
  mood_28: number | null;
  craving_7: number | null;
  craving_28: number | null;
}

export interface RecentValues {
  mean: number | null;
  /** How many check-ins recorded the field. */
  n: number;
}

/** The mean of `field` over the check-ins in the `days` days ending today that record it. */
export function recentMean(timeline: Timeline, field: 'mood' | 'craving', days: number): RecentValues {
  let n = 0;
  let total = 0;
  for (let i = firstFrom(timeline, timeline.todayDay - days + 1); i < timeline.checkins.length; i++) {
    const value: Checkin['mood'] = timeline.checkins[i]![field];
    if (value === undefined) continue;
    n += 1;
    total += value;
  }
  return { mean: n === 0 ? null : total / n, n };
}

export function analyzeTrends(timeline: Timeline): TrendsReport {
  return {
    mood_7: recentMean(timeline, 'mood', 7).mean,
    mood_28: recentMean(timeline, 'mood', 28).mean,
    craving_7: recentMean(timeline, 'craving', 7).mean,
    craving_28: recentMean(timeline, 'craving', 28).mean,
  };
}
