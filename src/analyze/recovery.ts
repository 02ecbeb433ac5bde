// The recovery section: days sober, streaks, milestones, money saved and habit strength.

import { dateOf, dayNumber, type DayNumber } from './dates.js';
import { firstFrom, type Timeline } from './timeline.js';

export interface Milestone {
  days: number;
  date: string;
}

export interface RecoveryReport {
  sober_since: string | null;
  days_sober: number | null;
  longest_streak: number | null;
  use_days_total: number | null;
  free_days_30: number | null;
  use_days_30: number | null;
  checkin_days_30: number | null;
  milestones_reached: number[] | null;
  next_milestone: Milestone | null;
  money_saved: number | null;
  strength: number | null;
}

const FIRST_MILESTONES = [1, 7, 14, 30, 60, 90, 180, 365];
const YEAR_MILESTONE = 365;

/** Loop Habit Tracker's daily multiplier: a day's weight halves in 13 days. */
const STRENGTH_DECAY = 0.5 ** (1 / 13);

/** Every figure null: a plan with `recovery.tracks_use: false` has no behaviour to count days free of. */
const NOT_TRACKED: RecoveryReport = {
  sober_since: null,
  days_sober: null,
  longest_streak: null,
  use_days_total: null,
  free_days_30: null,
  use_days_30: null,
  checkin_days_30: null,
  milestones_reached: null,
  next_milestone: null,
  money_saved: null,
  strength: null,
};

export function analyzeRecovery(timeline: Timeline): RecoveryReport {
  const { plan, todayDay, checkins, origin } = timeline;
  if (!plan.fields.recovery.tracks_use) return { ...NOT_TRACKED };
  const { useDays, strength } = useAndStrength(timeline);
  const lastUse = useDays.at(-1);
  const soberSince = lastUse !== undefined ? lastUse + 1 : origin !== null ? dayNumber(origin) : null;
  // The day after a use lies after today when the use was today: the counter shows 0 until it starts, never less.
  const daysSober = soberSince === null ? null : Math.max(0, todayDay - soberSince);
  const costPerDay = plan.fields.cost_per_day;
  return {
    sober_since: soberSince === null ? null : dateOf(soberSince),
    days_sober: daysSober,
    longest_streak: daysSober === null ? null : longestStreak(useDays, origin, daysSober),
    use_days_total: useDays.length,
    ...lastThirtyDays(timeline),
    milestones_reached: daysSober === null ? null : milestonesReached(daysSober),
    next_milestone: daysSober === null || soberSince === null ? null : milestoneAfter(daysSober, soberSince),
    money_saved: costPerDay === undefined || daysSober === null ? null : costPerDay * daysSober,
    strength: checkins.length === 0 ? null : strength,
  };
}

/** The longest stretch without use: before the first use, between two uses, or the current one. */
function longestStreak(useDays: readonly DayNumber[], origin: string | null, daysSober: number): number {
  let longest = daysSober;
  const firstUse = useDays[0];
  // Without `started`, the first stretch runs from the first check-in, where days_sober would have started too.
  if (firstUse !== undefined && origin !== null && dayNumber(origin) <= firstUse) longest = Math.max(longest, firstUse - dayNumber(origin));
  for (let i = 1; i < useDays.length; i++) longest = Math.max(longest, useDays[i]! - (useDays[i - 1]! + 1));
  return longest;
}

function lastThirtyDays(timeline: Timeline): Pick<RecoveryReport, 'free_days_30' | 'use_days_30' | 'checkin_days_30'> {
  const from = timeline.todayDay - 29;
  let free = 0;
  let use = 0;
  let all = 0;
  for (let i = firstFrom(timeline, from); i < timeline.checkins.length; i++) {
    const used = timeline.checkins[i]!.used;
    all += 1;
    if (used === true) use += 1;
    if (used === false) free += 1;
  }
  return { free_days_30: free, use_days_30: use, checkin_days_30: all };
}

/** The milestones (1, 7, 14, 30, 60, 90, 180, 365, then every further 365 days) that `daysSober` has reached. */
export function milestonesReached(daysSober: number): number[] {
  const reached = FIRST_MILESTONES.filter((days) => days <= daysSober);
  for (let days = 2 * YEAR_MILESTONE; days <= daysSober; days += YEAR_MILESTONE) reached.push(days);
  return reached;
}

/** The first milestone not yet reached, and the date it will be reached on if the stretch goes on. */
export function milestoneAfter(daysSober: number, soberSince: DayNumber): Milestone {
  const days = FIRST_MILESTONES.find((threshold) => threshold > daysSober) ?? (Math.floor(daysSober / YEAR_MILESTONE) + 1) * YEAR_MILESTONE;
  return { days, date: dateOf(soberSince + days) };
}

/**
 * The days of use, and habit strength in [0, 1] from the first check-in through today (days
 * without a recorded `used` leave it as it is), in one pass over the check-ins.
 */
function useAndStrength(timeline: Timeline): { useDays: DayNumber[]; strength: number } {
  const useDays: DayNumber[] = [];
  let strength = 0;
  timeline.checkins.forEach((checkin, i) => {
    const used = checkin.used;
    if (used === false) strength = strength * STRENGTH_DECAY + (1 - STRENGTH_DECAY);
    else if (used === true) {
      strength *= STRENGTH_DECAY;
      useDays.push(timeline.days[i]!);
    }
  });
  return { useDays, strength };
}
