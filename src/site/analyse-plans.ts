// Analyses the plans that check found readable and free of errors: the site's input.

import { analyzePlan } from '../analyze/report.js';
import type { ValidatedPlan } from '../validate/validate-plan.js';
import type { AnalysedPlan } from './analysed-plan.js';

/** Plans with errors (or an unreadable plan.md) are left out: callers refuse to build them first. */
export function analysePlans(validated: readonly ValidatedPlan[]): AnalysedPlan[] {
  return validated.flatMap(({ plan, today, diagnostics }) => {
    if (plan === null || diagnostics.some((d) => d.severity === 'error')) return [];
    return [{ plan, report: analyzePlan(plan, today), diagnostics }];
  });
}
