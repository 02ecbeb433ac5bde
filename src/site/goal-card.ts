// A goal at a glance, for the dashboard and the goals page: its status in words, its progress and what is left.

import type { GoalReport, GoalStatus } from '../analyze/goals.js';
import { goalVerdict } from '../analyze/goal-verdict.js';
import type { Goal, Measure } from '../schema/goal.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { formatCount, formatDate, formatPercent } from './format-figures.js';
import { formatAmount, formatAmountOf, unitOf } from '../words/amount.js';
import { pagePaths, relativeHref } from './page-paths.js';

export interface ProgressBar {
  /** Id of the text that names the bar, for aria-labelledby. */
  labelId: string;
  label: string;
  value: number;
  max: number;
}

export interface GoalCard {
  id: string;
  title: string;
  href: string;
  /** `tone` names the badge's colours in words that say nothing of the goal (a sealed site's stylesheet may stand in the clear). */
  status: { code: GoalStatus; label: string; tone: BadgeTone };
  /** "At least 3 meetings per week", or null without a measure. */
  measure: string | null;
  progress: ProgressBar | null;
  /** Lines under the bar: this period so far, time gone, steps. */
  details: string[];
  due: string;
}

export function goalCard(input: AnalysedPlan, goal: Goal, report: GoalReport, fromPath: string): GoalCard {
  return {
    id: goal.id,
    title: goal.title,
    href: relativeHref(fromPath, pagePaths.goal(input.plan.slug, goal.id)),
    status: { code: report.status, label: goalVerdict(report), tone: badgeTone(report.status) },
    measure: goal.measure ? measureWords(goal.measure, input.plan.fields.currency) : null,
    progress: progressBar(goal, report, input.plan.fields.currency),
    details: progressDetails(goal, report, input.plan.fields.currency),
    due: report.due ? `Due ${formatDate(report.due)}` : 'No due date',
  };
}

export { unitOf };

/** "At least 3 meetings per week", "At least 1 meeting per week", "At least £1,500 in total". */
export function measureWords(measure: Measure, currency: string): string {
  const amount = formatAmount(measure.target, measure, currency);
  const limit = measure.direction === 'at_most' ? 'At most' : 'At least';
  return measure.per === 'total' ? `${limit} ${amount} in total` : `${limit} ${amount} per ${measure.per}`;
}

function periodNoun(per: Measure['per']): string {
  return per === 'day' ? 'day' : per === 'week' ? 'week' : 'month';
}

function progressBar(goal: Goal, report: GoalReport, currency: string): ProgressBar | null {
  const labelId = `goal-${goal.id}-progress`;
  const measure = goal.measure;
  if (measure && measure.per === 'total' && report.current) {
    const { sum, target } = report.current;
    return { labelId, label: `${formatAmountOf(sum, target, measure, currency)} (${formatPercent(report.progress)})`, value: Math.min(sum, target), max: Math.max(target, 1e-9) };
  }
  if (measure && report.periods && report.periods.length > 0) {
    const met = report.periods.filter((period) => period.met).length;
    const noun = periodNoun(measure.per);
    return { labelId, label: `On target in ${met} of ${formatCount(report.periods.length, noun)} (${formatPercent(report.adherence)})`, value: met, max: report.periods.length };
  }
  if (!measure && report.steps_total > 0) {
    return { labelId, label: `${report.steps_done} of ${formatCount(report.steps_total, 'step')} done`, value: report.steps_done, max: report.steps_total };
  }
  return null;
}

function progressDetails(goal: Goal, report: GoalReport, currency: string): string[] {
  const details: string[] = [];
  const measure = goal.measure;
  const active = goal.status === 'active';
  if (active && measure && measure.per !== 'total' && report.current && 'start' in report.current) {
    const { sum, target } = report.current;
    const when = measure.per === 'day' ? 'Today' : `This ${periodNoun(measure.per)}`;
    details.push(`${when} so far: ${formatAmountOf(sum, target, measure, currency, measure.direction === 'at_most')}`);
  }
  if (active && measure && measure.per !== 'total' && (report.periods?.length ?? 0) === 0 && report.status !== 'not_started') {
    details.push(`The first full ${periodNoun(measure.per)} is still under way`);
  }
  if (active && report.expected !== null && report.due !== null && report.status !== 'done') details.push(`${formatPercent(report.expected)} of the time until ${formatDate(report.due)} has passed`);
  if (report.steps_total > 0 && (measure || report.steps_overdue > 0)) {
    const overdue = report.steps_overdue > 0 ? `; ${formatCount(report.steps_overdue, 'step')} past ${report.steps_overdue === 1 ? 'its' : 'their'} date` : '';
    details.push(`${report.steps_done} of ${formatCount(report.steps_total, 'step')} done${overdue}`);
  }
  if (report.status === 'not_started' && report.start) details.push(`Starts ${formatDate(report.start)}`);
  return details;
}

export type BadgeTone = 'warm' | 'quiet' | 'calm';

/** Warm for a goal that needs care, quiet for one set aside or not begun, calm otherwise. */
function badgeTone(status: GoalStatus): BadgeTone {
  if (status === 'behind' || status === 'missed') return 'warm';
  if (status === 'paused' || status === 'dropped' || status === 'not_started') return 'quiet';
  return 'calm';
}
