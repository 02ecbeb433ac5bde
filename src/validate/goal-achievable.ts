// The smart-achievable rule: a total goal whose pace so far would not reach its target by its due date.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { goalPace } from '../analyze/goals.js';
import type { Plan } from '../schema/model.js';
import { valueSpan } from './locate.js';

export function goalAchievable(source: Source, plan: Plan, today: string): Problem[] {
  const problems: Problem[] = [];
  plan.fields.goals.forEach((goal, index) => {
    const pace = goalPace(plan, goal, today);
    const measure = goal.measure;
    if (!pace || !measure || pace.projected >= measure.target) return;
    const unit = measure.unit ? ` ${measure.unit}` : '';
    problems.push({
      span: valueSpan(source, ['goals', index]),
      severity: 'warning',
      rule: 'smart-achievable',
      message: `goal '${goal.id}' is at ${round(pace.sum)} of ${measure.target}${unit} after ${pace.daysElapsed} days; at that pace it would reach about ${round(pace.projected)} by ${goal.due}: at your next review, adjust the target or the date, or plan how to pick up the pace`,
    });
  });
  return problems;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
