// The goals section: each goal's steps, periods, adherence, progress and status, and the pace of a total goal.

import type { Goal, Measure } from '../schema/goal.js';
import type { Plan } from '../schema/model.js';
import { dayNumber, type DayNumber } from './dates.js';
import { completePeriods, currentPeriod, type CurrentPeriod, type GoalPeriod } from './goal-periods.js';
import { buildTimeline, sumMetric, type Timeline } from './timeline.js';

export type GoalStatus = 'not_started' | 'on_track' | 'behind' | 'done' | 'missed' | 'paused' | 'dropped';

export interface TotalSoFar {
  sum: number;
  target: number;
}

export interface GoalReport {
  id: string;
  title: string;
  start: string | null;
  due: string | null;
  steps_total: number;
  steps_done: number;
  steps_overdue: number;
  periods: GoalPeriod[] | null;
  adherence: number | null;
  current: CurrentPeriod | TotalSoFar | null;
  progress: number | null;
  expected: number | null;
  status: GoalStatus;
}

export interface GoalPace {
  sum: number;
  daysElapsed: number;
  projected: number;
}

/** Adherence a periodic goal needs to count as done, and below which it is behind. */
const ADHERENCE_DONE = 0.8;
/** How far progress may trail the expected share before a total goal is behind. */
const BEHIND_MARGIN = 0.1;
/** Slack for floating-point sums, so that 0.8 − 0.7 counts as 0.1 and not as more. */
const EPSILON = 1e-9;

export function analyzeGoals(timeline: Timeline): GoalReport[] {
  return timeline.plan.fields.goals.map((goal) => analyzeGoal(timeline, goal));
}

/** The goal's start: its own, else the plan's `started`, else the first check-in's date. */
export function goalStart(timeline: Timeline, goal: Goal): string | null {
  return goal.start ?? timeline.origin;
}

export function analyzeGoal(timeline: Timeline, goal: Goal): GoalReport {
  const start = goalStart(timeline, goal);
  const due = goal.due ?? null;
  const steps = stepCounts(goal, timeline.today);
  const figures = start !== null && goal.measure ? measuredFigures(timeline, goal.measure, dayNumber(start), due === null ? null : dayNumber(due)) : undefined;
  const report: GoalReport = {
    id: goal.id,
    title: goal.title,
    start,
    due,
    ...steps,
    periods: figures?.periods ?? null,
    adherence: figures?.adherence ?? null,
    current: figures?.current ?? null,
    progress: figures?.progress ?? null,
    expected: figures?.expected ?? null,
    status: 'on_track',
  };
  report.status = goalStatus(timeline, goal, report, figures);
  return report;
}

function stepCounts(goal: Goal, today: string): Pick<GoalReport, 'steps_total' | 'steps_done' | 'steps_overdue'> {
  let done = 0;
  let overdue = 0;
  for (const step of goal.steps) {
    if (step.done !== undefined) done += 1;
    else if (step.due !== undefined && step.due < today) overdue += 1;
  }
  return { steps_total: goal.steps.length, steps_done: done, steps_overdue: overdue };
}

interface MeasuredFigures {
  periods: GoalPeriod[] | null;
  adherence: number | null;
  current: CurrentPeriod | TotalSoFar | null;
  progress: number | null;
  expected: number | null;
  /** A total goal's sums from its start through today, and through its due date (or today, if sooner). */
  total: { sum: number; sumThroughDue: number } | null;
}

function measuredFigures(timeline: Timeline, measure: Measure, start: DayNumber, due: DayNumber | null): MeasuredFigures {
  const { todayDay } = timeline;
  const per = measure.per;
  if (per === 'total') {
    const sum = sumMetric(timeline, measure.metric, start, todayDay);
    return {
      periods: null,
      adherence: null,
      current: { sum, target: measure.target },
      progress: measure.target === 0 ? 1 : sum / measure.target,
      expected: due === null ? null : expectedShare(start, due, todayDay),
      total: { sum, sumThroughDue: due === null || due >= todayDay ? sum : sumMetric(timeline, measure.metric, start, due) },
    };
  }
  const periodic = { ...measure, per };
  const periods = completePeriods(timeline, periodic, start, due);
  const met = periods.filter((period) => period.met).length;
  return {
    periods,
    adherence: periods.length === 0 ? null : met / periods.length,
    // The contract's "period containing today", also before the start and after the due date (such a period is never counted).
    current: currentPeriod(timeline, periodic),
    progress: null,
    expected: null,
    total: null,
  };
}

/** `(today − start) ÷ (due − start)` clamped to [0, 1]; a goal due on its start day is expected in full from that day. */
function expectedShare(start: DayNumber, due: DayNumber, today: DayNumber): number {
  if (due <= start) return today >= due ? 1 : 0;
  return Math.min(1, Math.max(0, (today - start) / (due - start)));
}

function goalStatus(timeline: Timeline, goal: Goal, report: GoalReport, figures: MeasuredFigures | undefined): GoalStatus {
  if (goal.status === 'paused' || goal.status === 'dropped') return goal.status;
  const today = timeline.today;
  // A measured goal with no start at all (no `started`, no check-in) has not started yet.
  if (report.start === null ? goal.measure !== undefined : today < report.start) return 'not_started';
  const afterDue = report.due !== null && today > report.due;
  const measure = goal.measure;
  if (!measure || !figures) {
    if (report.steps_total > 0 && report.steps_done === report.steps_total) return 'done';
    if (afterDue) return 'missed';
    return report.steps_overdue > 0 ? 'behind' : 'on_track';
  }
  if (measure.per !== 'total') {
    const adherence = report.adherence;
    if (afterDue) return adherence !== null && adherence >= ADHERENCE_DONE ? 'done' : 'missed';
    return adherence !== null && adherence < ADHERENCE_DONE ? 'behind' : 'on_track';
  }
  const { sum, sumThroughDue } = figures.total ?? { sum: 0, sumThroughDue: 0 };
  const progress = figures.progress ?? 0;
  const expected = figures.expected;
  if (measure.direction === 'at_least') {
    if (sum >= measure.target) return 'done';
    if (afterDue) return 'missed';
    return expected !== null && expected - progress > BEHIND_MARGIN + EPSILON ? 'behind' : 'on_track';
  }
  // At most: judged on the sum up to the due date; before it, behind once over the limit or using it faster than time passes.
  if (afterDue) return sumThroughDue <= measure.target ? 'done' : 'missed';
  if (sum > measure.target) return 'behind';
  return measure.target > 0 && expected !== null && progress - expected > BEHIND_MARGIN + EPSILON ? 'behind' : 'on_track';
}

/**
 * The pace of an active `total`, `at_least` goal with a due date, for the `smart-achievable`
 * rule: the sum from its start through today, the days elapsed (`today − start`) and the
 * projection `sum ÷ daysElapsed × (due − start)`. Null when it does not apply: another kind of
 * goal, no start, not one full day elapsed, or past its due date.
 */
export function goalPace(plan: Plan, goal: Goal, today: string): GoalPace | null {
  return paceOf(buildTimeline(plan, today), goal);
}

export function paceOf(timeline: Timeline, goal: Goal): GoalPace | null {
  const measure = goal.measure;
  const start = goalStart(timeline, goal);
  if (!measure || measure.per !== 'total' || measure.direction !== 'at_least' || goal.status !== 'active') return null;
  if (start === null || goal.due === undefined) return null;
  const startDay = dayNumber(start);
  const dueDay = dayNumber(goal.due);
  const daysElapsed = timeline.todayDay - startDay;
  if (daysElapsed <= 0 || dueDay <= startDay || timeline.todayDay > dueDay) return null;
  const sum = sumMetric(timeline, measure.metric, startDay, timeline.todayDay);
  return { sum, daysElapsed, projected: (sum / daysElapsed) * (dueDay - startDay) };
}
