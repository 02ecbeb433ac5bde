// Analyses the plans that check found readable and free of errors: the site's input.

import { analyzePlan } from '../analyze/report.js';
import { planHistory, type HistoryMemo } from '../history/plan-history.js';
import type { ValidatedPlan } from '../validate/validate-plan.js';
import type { AnalysedPlan } from './analysed-plan.js';

/**
 * Plans with errors (or an unreadable plan.md) are left out: callers refuse to build them first.
 * `history` reads each plan's versions from git (read only), for the "How my plan changed" page; `memo` keeps what
 * git said across calls (`waymark serve`), read again only once HEAD moves.
 */
export function analysePlans(validated: readonly ValidatedPlan[], options: { history?: boolean; memo?: HistoryMemo } = {}): AnalysedPlan[] {
  return validated.flatMap(({ plan, today, diagnostics }) => {
    if (plan === null || diagnostics.some((d) => d.severity === 'error')) return [];
    const analysed: AnalysedPlan = { plan, report: analyzePlan(plan, today), diagnostics };
    if (options.history) analysed.history = planHistory(plan, today, options.memo);
    return [analysed];
  });
}
