// The smart-achievable rule: a total goal that the analysis finds behind, with the pace that would not reach its target by its due date.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { analyzeGoal, paceOf } from '../analyze/goals.js';
import { goalVerdict } from '../analyze/goal-verdict.js';
import { buildTimeline } from '../analyze/timeline.js';
import type { Plan } from '../schema/model.js';
import { valueSpan } from './locate.js';
import { formatAmount, formatAmountOf } from '../words/amount.js';

export function goalAchievable(source: Source, plan: Plan, today: string): Problem[] {
  const problems: Problem[] = [];
  // Only an active total goal with a measure and a due date has a pace: a plan without one needs no timeline at all.
  if (!plan.fields.goals.some((goal) => goal.measure?.per === 'total' && goal.due !== undefined)) return problems;
  const timeline = buildTimeline(plan, today);
  plan.fields.goals.forEach((goal, index) => {
    const pace = paceOf(timeline, goal);
    const measure = goal.measure;
    if (!pace || !measure || pace.projected >= measure.target) return;
    // The analysis decides whether a goal is behind (asked only once the pace falls short); this rule only says why, so check never disagrees with report or the site.
    const report = analyzeGoal(timeline, goal);
    if (report.status !== 'behind') return;
    const currency = plan.fields.currency;
    problems.push({
      span: valueSpan(source, ['goals', index]),
      severity: 'warning',
      rule: 'smart-achievable',
      message: `goal '${goal.id}' (${goalVerdict(report).toLowerCase()}) is at ${formatAmountOf(pace.sum, measure.target, measure, currency)} after ${pace.daysElapsed} days; at that pace it would reach about ${formatAmount(round(pace.projected), measure, currency)} by ${goal.due}: at your next review, adjust the target or the date, or plan how to pick up the pace`,
    });
  });
  return problems;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
