// A field's daily values over recent days with the mean of the 7 days ending each day: what the mood and craving charts draw.

import type { Checkin } from '../schema/model.js';
import { addDays } from '../analyze/dates.js';
import { mean } from '../analyze/mean.js';

export interface DailyPoint {
  date: string;
  value: number | null;
  /** Mean over the check-ins in the 7 days ending this date that record the field (as trends.mood_7 is for today). */
  mean: number | null;
}

/** `days` points ending on `today`; `checkins` sorted by date. */
export function dailySeries(checkins: readonly Checkin[], field: 'mood' | 'craving', today: string, days = 28, window = 7): DailyPoint[] {
  const first = addDays(today, -(days + window - 2));
  const values = new Map<string, number>();
  for (const checkin of checkins) {
    const value = checkin[field];
    if (checkin.date >= first && checkin.date <= today && value !== undefined) values.set(checkin.date, value);
  }
  const dates: string[] = [];
  for (let i = days + window - 2; i >= 0; i--) dates.push(addDays(today, -i));
  return dates.slice(window - 1).map((date, i) => {
    return { date, value: values.get(date) ?? null, mean: mean(dates.slice(i, i + window).map((day) => values.get(day))) };
  });
}
