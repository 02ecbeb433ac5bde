// The alerts section: early warnings from the last days' check-ins, then what is overdue, in the contract's order.

import type { GoalReport } from './goals.js';
import { safetyCheckDate } from './measures.js';
import type { ReviewsReport } from './reviews.js';
import type { SupportReport } from './supports.js';
import { checkinsBetween, type Timeline } from './timeline.js';
import { recentMean } from './trends.js';

export type Alert =
  | { code: 'safety_check'; date: string }
  | { code: 'recent_use'; date: string }
  | { code: 'warning_sign'; ids: string[]; date: string }
  | { code: 'craving_rising' }
  | { code: 'mood_falling' }
  | { code: 'checkin_gap'; last: string }
  | { code: 'review_overdue'; days: number }
  | { code: 'contact_overdue'; id: string; days: number }
  | { code: 'step_overdue'; goal: string; count: number };

export type AlertCode = Alert['code'];

/** The early-warning alerts: where any is present, the site puts the crisis plan one click away. */
export const EARLY_WARNING_CODES: readonly AlertCode[] = ['safety_check', 'recent_use', 'warning_sign', 'craving_rising', 'mood_falling'];

const CRAVING_RISE = 1.5;
const MOOD_FALL = 1.0;
const MIN_RECENT_VALUES = 3;
/** Slack for floating-point means, so that a rise of exactly 1.5 is not lost to rounding. */
const EPSILON = 1e-9;

export interface AlertInputs {
  reviews: ReviewsReport;
  supports: readonly SupportReport[];
  goals: readonly GoalReport[];
}

export function analyzeAlerts(timeline: Timeline, { reviews, supports, goals }: AlertInputs): Alert[] {
  const alerts: Alert[] = [...earlyWarnings(timeline)];
  const last = timeline.checkins.at(-1);
  if (last && timeline.days.at(-1)! < timeline.todayDay - 2) alerts.push({ code: 'checkin_gap', last: last.date });
  if (reviews.overdue_days !== null && reviews.overdue_days > 0) alerts.push({ code: 'review_overdue', days: reviews.overdue_days });
  for (const support of supports) {
    if (support.overdue_days !== null && support.overdue_days > 0) alerts.push({ code: 'contact_overdue', id: support.id, days: support.overdue_days });
  }
  for (const goal of goals) {
    if (goal.steps_overdue > 0) {
      alerts.push({ code: 'step_overdue', goal: goal.id, count: goal.steps_overdue });
    }
  }
  return alerts;
}

function earlyWarnings(timeline: Timeline): Alert[] {
  const alerts: Alert[] = [];
  const safetyCheck = safetyCheckDate(timeline);
  if (safetyCheck !== null) alerts.push({ code: 'safety_check', date: safetyCheck });
  const week = checkinsBetween(timeline, timeline.todayDay - 6, timeline.todayDay);
  const lastUse = week.findLast((checkin) => checkin.used === true);
  if (lastUse && timeline.plan.fields.recovery.tracks_use) alerts.push({ code: 'recent_use', date: lastUse.date });
  // Every warning sign named in the 7 days, in the order first named, with the latest date one was named.
  const signs = week.filter((checkin) => checkin.warning_signs.length > 0);
  const lastSign = signs.at(-1);
  if (lastSign) alerts.push({ code: 'warning_sign', ids: [...new Set(signs.flatMap((checkin) => checkin.warning_signs))], date: lastSign.date });
  const craving7 = recentMean(timeline, 'craving', 7);
  const craving28 = recentMean(timeline, 'craving', 28);
  if (craving7.n >= MIN_RECENT_VALUES && craving7.mean! - craving28.mean! >= CRAVING_RISE - EPSILON) alerts.push({ code: 'craving_rising' });
  const mood7 = recentMean(timeline, 'mood', 7);
  const mood28 = recentMean(timeline, 'mood', 28);
  if (mood7.n >= MIN_RECENT_VALUES && mood28.mean! - mood7.mean! >= MOOD_FALL - EPSILON) alerts.push({ code: 'mood_falling' });
  return alerts;
}
